import { useEffect, useState } from 'preact/hooks';

/**
 * False on the first render, true right after it has painted: for work that can show a moment
 * later than the page around it (a composed draft and its coach cost tens of milliseconds cold),
 * so the page itself shows first.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  // Preact runs effects after the browser paints.
  useEffect(() => setPainted(true), []);
  return painted;
}
