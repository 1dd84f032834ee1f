import type { EntityRef, RelationshipData, Subgraph } from './queries';

/**
 * What is drawn, derived from the view's base (a neighbourhood or a path) and the expansions made on
 * it, in order. Deriving it again (after an undo, or at another `asOf`) always gives the same picture.
 */

/** Most new entities one expansion adds; the rest are counted, not drawn. */
export const EXPANSION_CAP = 25;

export interface Expansion {
  id: string;
  graph: Subgraph;
}

export interface ExpansionResult {
  id: string;
  added: number;
  /** Neighbours not drawn because of the cap (a lower bound when the API truncated too). */
  leftOut: number;
  truncated: boolean;
}

export interface GraphModel {
  nodes: Map<string, EntityRef>;
  relationships: Map<string, RelationshipData>;
  /** Entity ids of the highlighted path, in order; empty when no path is shown. */
  path: string[];
  /** Relationship ids on the path. */
  pathRelationships: Set<string>;
  expansions: ExpansionResult[];
}

export function composeModel(base: Subgraph, pathOrder: boolean, expansions: Expansion[]): GraphModel {
  const model: GraphModel = {
    nodes: new Map(base.nodes.map((node) => [node.id, node])),
    relationships: new Map(base.relationships.map((relationship) => [relationship.id, relationship])),
    path: pathOrder ? base.nodes.map((node) => node.id) : [],
    pathRelationships: new Set(pathOrder ? base.relationships.map((relationship) => relationship.id) : []),
    expansions: [],
  };
  for (const { id, graph } of expansions) {
    // The API lists the nearest entities first, then by name: the cap keeps the first ones.
    const fresh = graph.nodes.filter((node) => !model.nodes.has(node.id));
    const kept = fresh.slice(0, EXPANSION_CAP);
    for (const node of kept) model.nodes.set(node.id, node);
    for (const relationship of graph.relationships) {
      if (model.nodes.has(relationship.from) && model.nodes.has(relationship.to)) model.relationships.set(relationship.id, relationship);
    }
    model.expansions.push({ id, added: kept.length, leftOut: fresh.length - kept.length, truncated: graph.truncated });
  }
  return model;
}
