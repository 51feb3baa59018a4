/** A 12-month trend as a small inline SVG line, built node by node (no markup from data). */
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 96;
const HEIGHT = 20;

export function sparkline(values: readonly (number | null)[], label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('width', String(WIDTH));
  svg.setAttribute('height', String(HEIGHT));
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'sparkline');
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  svg.appendChild(title);
  const known = values.map((v, i) => [i, v] as const).filter((p): p is readonly [number, number] => p[1] !== null);
  if (known.length === 0) return svg;
  const min = Math.min(...known.map((p) => p[1]));
  const max = Math.max(...known.map((p) => p[1]));
  const x = (i: number) => (values.length > 1 ? (i * (WIDTH - 4)) / (values.length - 1) + 2 : WIDTH / 2);
  const y = (v: number) => (max === min ? HEIGHT / 2 : HEIGHT - 2 - ((v - min) * (HEIGHT - 4)) / (max - min));
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', known.map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' '));
  svg.appendChild(line);
  const [li, lv] = known[known.length - 1];
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('cx', x(li).toFixed(1));
  dot.setAttribute('cy', y(lv).toFixed(1));
  dot.setAttribute('r', '2');
  svg.appendChild(dot);
  return svg;
}
