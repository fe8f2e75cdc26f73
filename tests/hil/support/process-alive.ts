// Whether a process the terminal started is still there: the npm-start tests check that every
// child is up while it runs and none is left once it stops.
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
