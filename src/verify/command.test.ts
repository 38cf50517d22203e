import { describe, expect, it } from 'vitest';
import {
  buildScript,
  eachScript,
  parallelScript,
  parseEach,
  parseParallel,
  parseRefusals,
  quote,
  scriptSteps,
  shellLine,
} from './command.ts';

describe('shell rendering', () => {
  it('quotes only what needs quoting', () => {
    expect(quote('172.16.0.0/16')).toBe('172.16.0.0/16');
    expect(quote("it's")).toBe(`'it'\\''s'`);
    expect(quote('a b')).toBe("'a b'");
  });

  it('runs iproute2 with -n and anything else under ip netns exec', () => {
    expect(shellLine({ ns: 'pp-1-n0', argv: ['ip', 'route', 'show'] })).toBe('ip -n pp-1-n0 route show');
    expect(shellLine({ ns: 'pp-1-n0', argv: ['iptables', '-t', 'nat', '-S'] })).toBe(
      'ip netns exec pp-1-n0 iptables -t nat -S',
    );
    expect(shellLine({ argv: ['ip', 'netns', 'add', 'pp-1-n0'] })).toBe('ip netns add pp-1-n0');
  });

  it('batches consecutive ip commands of one namespace, and keeps tolerant ones apart', () => {
    const steps = scriptSteps([
      { ns: 'a', argv: ['ip', 'link', 'set', 'dev', 'lo', 'up'] },
      { ns: 'a', argv: ['ip', 'addr', 'add', '10.0.0.2/24', 'dev', 'eth0'] },
      { ns: 'a', argv: ['ip', 'route', 'add', 'default', 'via', '10.0.0.1'], tolerant: true },
      { ns: 'b', argv: ['ip', 'link', 'set', 'dev', 'lo', 'up'] },
      { ns: 'b', argv: ['iptables-restore'], input: '*nat\nCOMMIT' },
    ]);
    expect(steps.map((s) => [s.commands.length, s.tolerant])).toEqual([
      [2, false],
      [1, true],
      [1, false],
      [1, false],
    ]);
    expect(steps[0]?.line).toBe(
      "ip -n a -batch - <<'PP_EOF'\nlink set dev lo up\naddr add 10.0.0.2/24 dev eth0\nPP_EOF",
    );
    expect(steps[1]?.line.startsWith('ip -n a -force -batch -')).toBe(true);
  });

  it('stops a build at the first failing step, but only reports a tolerant one', () => {
    const steps = scriptSteps([
      { ns: 'a', argv: ['ip', 'link', 'set', 'dev', 'lo', 'up'] },
      { ns: 'a', argv: ['ip', 'route', 'add', 'default', 'via', '10.0.0.1'], tolerant: true },
    ]);
    const script = buildScript(steps);
    expect(script).toContain("ip -n a -batch - <<'PP_EOF' || pp_fail 0\n");
    expect(script).toContain("ip -n a -force -batch - <<'PP_EOF' 2>&1 | sed 's/^/@@refused 1 /'\n");
  });

  it('names the refused command of a tolerant batch by its line number', () => {
    const steps = scriptSteps([
      { ns: 'a', argv: ['ip', 'route', 'add', 'default', 'via', '10.0.0.1'], tolerant: true },
      { ns: 'a', argv: ['ip', 'route', 'add', '10.0.0.0/16', 'via', '10.0.0.1'], tolerant: true },
    ]);
    const stdout = '@@refused 0 RTNETLINK answers: File exists\n@@refused 0 Command failed -:2\n';
    const [refusal] = parseRefusals(stdout, steps);
    expect(refusal?.command.argv.join(' ')).toBe('ip route add 10.0.0.0/16 via 10.0.0.1');
    expect(refusal?.error).toBe('File exists');
  });

  it('reads back each answer of an each-script, and each status of a parallel one', () => {
    expect(eachScript([{ ns: 'a', argv: ['ip', 'route', 'get', '1.2.3.4'] }])).toContain(
      "echo '@@begin 0'\nip -n a route get 1.2.3.4 2>&1\nprintf '\\n@@end 0 %s\\n' $?",
    );
    const stdout =
      '@@begin 0\nline one\nline two\n\n@@end 0 0\n@@begin 1\nRTNETLINK answers: No route to host\n\n@@end 1 2\n';
    expect(parseEach(stdout, 3)).toEqual([
      { status: 0, output: 'line one\nline two' },
      { status: 2, output: 'RTNETLINK answers: No route to host' },
      undefined,
    ]);
    expect(parallelScript([{ ns: 'a', argv: ['ping', '-c', '1', '10.0.0.1'] }])).toContain(
      '( ip netns exec a ping -c 1 10.0.0.1 >/dev/null 2>&1; echo "@@rc 0 $?" ) &\nwait',
    );
    expect(parseParallel('@@rc 1 1\n@@rc 0 0\n', 3)).toEqual([0, 1, undefined]);
  });
});
