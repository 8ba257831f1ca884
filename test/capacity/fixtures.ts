import { defineSop } from 'sop-ap';

/** One step, performed by the Kepala Dinas, with the given waktu. */
export const oneStep = (waktu: string) =>
  defineSop({ id: 'uji-satu-langkah', nama: 'Uji satu langkah', steps: [{ id: 'a', label: '1', uraian: 'Layani', pelaksana: ['kepala-dinas'], waktu }] });

/** Erlang C: the probability that an arrival waits in M/M/c with offered load a = λ/μ. */
export function erlangC(c: number, a: number): number {
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term * (c / (c - a)); // a^c / c! · c / (c − a)
  return top / (sum + top);
}

/** Mean waiting in the queue of M/M/c (minutes): C(c, a) / (cμ − λ). */
export function mmcWq(c: number, meanInterArrival: number, meanService: number): number {
  const lambda = 1 / meanInterArrival;
  const mu = 1 / meanService;
  return erlangC(c, lambda / mu) / (c * mu - lambda);
}

/** Minutes between two ISO instants. */
export const minutesBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 60_000;
