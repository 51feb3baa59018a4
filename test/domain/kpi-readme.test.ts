/** The README's KPI table says what the panel and the reports say: each label with its very definition. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { KPI_DEFINITIONS } from '../../src/domain/kpi/definitions';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
/** Table rows as their trimmed cells (prettier pads them). */
const rows = readme
  .split('\n')
  .filter((l) => l.startsWith('|'))
  .map((l) => l.split('|').map((c) => c.trim()));

describe('README › Indicateurs', () => {
  it.each(KPI_DEFINITIONS.map((d) => [d.label, d.definition]))('lists « %s » with its definition', (label, definition) => {
    expect(rows.find((cells) => cells[1] === label)?.[3]).toBe(definition);
  });
});
