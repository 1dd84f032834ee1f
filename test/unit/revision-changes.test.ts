import { splitChange } from '../../src/graph/plan/fields/revision';

/* How a revision's change records read as `Change`s: one per field, before and after as a client would write them. */
describe('A change record, split into changes', () => {
  it('gives one change per field that differs, text as itself and other values as JSON', () => {
    expect(splitChange({ op: 'UPDATE', before: JSON.stringify({ name: 'A', aliases: ['x'] }), after: JSON.stringify({ name: 'B', aliases: ['x', 'y'] }) })).toEqual([
      { field: 'name', before: 'A', after: 'B' },
      { field: 'aliases', before: '["x"]', after: '["x","y"]' },
    ]);
  });

  it('writes a date at its precision, as it was given: "2024-03", not a JSON object', () => {
    expect(splitChange({ op: 'CREATE', before: null, after: JSON.stringify({ startDate: { value: '2024-03-01', precision: 'MONTH' } }) })).toEqual([
      { field: 'startDate', before: null, after: '2024-03' },
    ]);
  });

  it('lists a field removed with a null after, and one added with a null before', () => {
    expect(splitChange({ op: 'UPDATE', before: JSON.stringify({ description: 'old' }), after: JSON.stringify({ description: null, url: 'https://x' }) })).toEqual([
      { field: 'description', before: 'old', after: null },
      { field: 'url', before: null, after: 'https://x' },
    ]);
  });

  it('says only "erased" of an erasure and of any record an erasure scrubbed, whatever they held', () => {
    expect(splitChange({ op: 'ERASE', before: null, after: null })).toEqual([{ field: 'erased', before: null, after: null }]);
    expect(splitChange({ op: 'UPDATE', before: null, after: null, erased: true })).toEqual([{ field: 'erased', before: null, after: null }]);
  });

  it('names what an operation did when its record names no field: a seed load is "loaded"', () => {
    expect(splitChange({ op: 'LOAD' })).toEqual([{ field: 'loaded', before: null, after: null }]);
    expect(splitChange({ op: 'RETRACT', before: JSON.stringify({ retracted: false }), after: JSON.stringify({ retracted: true }) })).toEqual([
      { field: 'retracted', before: 'false', after: 'true' },
    ]);
  });

  it('survives a record whose JSON does not parse, rather than failing the whole answer', () => {
    expect(splitChange({ op: 'UPDATE', before: '{not json', after: 'null' })).toEqual([{ field: 'update', before: null, after: null }]);
  });
});
