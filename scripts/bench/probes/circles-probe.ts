/**
 * The roadmap bench's floor: the same number of marks as plain SVG circles
 * (no framework, no data), drawn and marked the way the roadmap page marks
 * its last lane (the task after the first frame that shows them).
 */
const count = Number(new URLSearchParams(location.search).get('n') ?? '0');
const namespace = 'http://www.w3.org/2000/svg';
const svg = document.createElementNS(namespace, 'svg');
svg.setAttribute('width', '1200');
svg.setAttribute('height', String(Math.ceil(count / 40) * 26 + 30));
for (let i = 0; i < count; i++) {
  const circle = document.createElementNS(namespace, 'circle');
  circle.setAttribute('cx', String(170 + (i % 40) * 25));
  circle.setAttribute('cy', String(43 + Math.floor(i / 40) * 26));
  circle.setAttribute('r', '5');
  circle.setAttribute('fill', '#0b57d0');
  svg.append(circle);
}
document.getElementById('app')!.append(svg);
requestAnimationFrame(() => setTimeout(() => performance.mark('repere:roadmap-drawn'), 0));
