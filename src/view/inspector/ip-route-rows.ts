/** One line of `ip route` output split into the columns of the "Routes on NODE" table. */
export interface IpRouteRow {
  readonly destination: string;
  /** The gateway after `via`, or '' for a directly connected route. */
  readonly via: string;
  /** The device after `dev`. */
  readonly dev: string;
  /** Everything else on the line (proto kernel scope link src …), as printed. */
  readonly details: string;
  /** The whole line, as `ip route` prints it. */
  readonly line: string;
}

/** Splits a line of `ip route` into destination, via, dev and the remaining words. */
export function parseIpRouteLine(line: string): IpRouteRow {
  const words = line.trim().split(/\s+/);
  const [destination = '', ...rest] = words;
  let via = '';
  let dev = '';
  const details: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string;
    if ((word === 'via' || word === 'dev') && i + 1 < rest.length) {
      if (word === 'via') via = rest[i + 1] as string;
      else dev = rest[i + 1] as string;
      i++;
    } else {
      details.push(word);
    }
  }
  return { destination, via, dev, details: details.join(' '), line };
}
