import type { StylesheetJson } from 'cytoscape';

/**
 * How the graph looks: one colour per kind of entity (the legend uses the same table), edges labelled
 * with their relationship type, the path in amber and everything else faded while a path is shown.
 */

export const KIND_COLOURS: Record<string, string> = {
  PERSON: '#2563eb',
  ORGANIZATION: '#15803d',
  COUNTRY: '#b45309',
  EVENT: '#dc2626',
  PRODUCT: '#7c3aed',
  TOPIC: '#0e7490',
  SOURCE: '#6b7280',
};

export const KINDS = Object.keys(KIND_COLOURS);

/** "ORGANIZATION" → "Organization". */
export const kindLabel = (kind: string): string => kind.charAt(0) + kind.slice(1).toLowerCase();

const PATH = '#f59e0b';

export const canvasStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': '#6b7280',
      width: 26,
      height: 26,
      color: '#111827',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
    },
  },
  ...KINDS.map((kind) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': KIND_COLOURS[kind] } })),
  { selector: 'node.focus', style: { width: 38, height: 38, 'border-width': 3, 'border-color': '#111827' } },
  { selector: 'node.expanded', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#111827' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      label: 'data(type)',
      'font-size': 8,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  { selector: '.faded', style: { opacity: 0.3 } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': PATH, label: 'data(pathLabel)', 'font-weight': 'bold' } },
  { selector: 'edge.on-path', style: { width: 4, 'line-color': PATH, 'target-arrow-color': PATH } },
  { selector: ':selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.2, 'overlay-padding': 6 } },
  { selector: '.hidden', style: { display: 'none' } },
];
