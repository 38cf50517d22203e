/**
 * A value made only when read: the function itself, called by whoever reads it. Passed as an
 * argument rather than written as a property value, the arrow function gets no name at run time:
 * transpilers that keep function names (tsx, for the CLI) would otherwise name each of the
 * ~600,000 closures a 150,000-pod scenario's steps make, and every hop's on the trace path.
 */
export function later<T>(make: () => T): () => T {
  return make;
}
