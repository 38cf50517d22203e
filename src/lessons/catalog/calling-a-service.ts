import type { Lesson } from '../types.ts';

const TO_API = ['pod:web-1', 'node:node-a', 'vpc-router', 'node:node-b', 'pod:api-1'];

/**
 * A Service on top of the pod network: kube-proxy's nat rules turn the Service address into an
 * endpoint's at the caller's node, conntrack turns the answer back there, hairpin mode lets a pod
 * reach itself through its Service, and a Service without endpoints is refused. Every answer is
 * read from the walk and kube-proxy's rules as the engine built them.
 */
export const callingAService: Lesson = {
  id: 'calling-a-service',
  title: 'Calling a Service',
  summary:
    'A ClusterIP is no place on the network: no interface holds it. Follow web-1 calling the api Service: the kube-proxy rule that rewrites the address at the caller’s node, where the answer is turned back, why a pod calling itself needs the bridge’s hairpin flag, and a Service with no endpoints.',
  scenario: { preset: 'services' },
  stops: [
    {
      show: 'step',
      title: 'kube-proxy writes the Services into iptables',
      step: { change: 'kube-proxy-synced', node: 'node-a' },
      select: 'node:node-a',
      artifact: 'iptables-nat',
      narration:
        'The apiserver gave Service api the address {service:api.clusterIp} from the service CIDR {cluster.serviceCidr}, and the EndpointSlice controller listed its ready pods. kube-proxy on node-a turned that into nat rules: KUBE-SERVICES matches the Service address and port, a KUBE-SVC chain picks an endpoint at random, one KUBE-SEP chain per endpoint rewrites the destination. Every node holds the same rules.',
    },
    {
      show: 'packet',
      title: 'The address is rewritten at the caller’s node',
      from: 'pod:web-1',
      to: 'service:api',
      hop: { at: 'node:node-a', action: 'dnat' },
      expect: { outcome: 'delivered', path: TO_API },
      narration:
        'web-1 sends to {service:api.clusterIp}:80. Nothing answers ARP for that address and no route leads to it: web-1 sends the frame to its gateway, cni0, and node-a’s kernel holds it.',
      question: {
        kind: 'choice',
        prompt: 'Which rule rewrites the destination to a pod’s address?',
        answer: { of: 'service-rule' },
        explanation:
          'The KUBE-SEP chain of the endpoint the statistic rule picked: {answer}. KUBE-SERVICES and KUBE-SVC only jump; the DNAT sends the packet to api-1, a pod on node-b, and from there it travels the pod network as any pod-to-pod packet.',
        expect:
          'rule:-A KUBE-SEP-QQUL6SRQPLFNP6NB -p tcp -m comment --comment "default/api" -m tcp -j DNAT --to-destination 172.16.1.2:8080',
      },
    },
    {
      show: 'packet',
      title: 'Which hook?',
      from: 'pod:web-1',
      to: 'service:api',
      hop: { at: 'node:node-a', action: 'dnat' },
      expect: { outcome: 'delivered', path: TO_API },
      narration:
        'The same packet: the kernel walks nat rules at fixed points of its path, its hooks. Both PREROUTING and OUTPUT jump to KUBE-SERVICES.',
      question: {
        kind: 'choice',
        prompt: 'At which hook does node-a meet the rule for web-1’s packet?',
        answer: { of: 'service-hook' },
        explanation:
          '{answer}. The frame came from web-1’s veth into cni0, and br_netfilter hands bridged IPv4 to iptables, so the DNAT happens before node-a routes the packet, and the route is looked up for the pod address. A process on node-a itself calling the Service would meet the same rules in nat OUTPUT.',
        expect: 'hook:PREROUTING',
      },
    },
    {
      show: 'packet',
      title: 'The answer is turned back',
      from: 'pod:web-1',
      to: 'service:api',
      hop: { direction: 'reply', action: 'un-nat' },
      expect: { outcome: 'delivered', path: TO_API },
      narration:
        'api-1 answers from its own address, {pod:api-1.ip}, to {pod:web-1.ip}. web-1 called {service:api.clusterIp}: if the answer came from another address its socket would not accept it.',
      question: {
        kind: 'choice',
        prompt: 'Where is the answer’s source put back to the Service address?',
        answer: { of: 'hop-place' },
        explanation:
          '{answer}: the node that DNATed the request is the one whose conntrack table remembers the connection, so the answer must come back through it. node-b and the VPC router never hear of the Service address.',
        expect: 'at:node:node-a',
      },
    },
    {
      show: 'packet',
      title: 'A pod calls itself: hairpin',
      from: 'pod:web-1',
      to: 'service:web',
      hop: { at: 'node:node-a', action: 'bridge' },
      expect: { outcome: 'delivered', path: ['pod:web-1', 'node:node-a', 'pod:web-1'] },
      narration:
        'Service web has one endpoint, web-1 itself. node-a DNATs web-1’s packet to {pod:web-1.ip} and, since the endpoint is the sender, KUBE-SEP’s first rule marks it for masquerade. The frame now has to go back to web-1, through the bridge port it came in on.',
      question: {
        kind: 'choice',
        prompt: 'What lets cni0 send the frame back to web-1?',
        answer: { of: 'bridge-flag' },
        explanation:
          '{answer}. A Linux bridge never sends a frame out of the port it came in on, unless that port is in hairpin mode: with hairpinMode false the frame would be dropped at cni0 and web-1 could not reach itself through its own Service. The mark is what makes KUBE-POSTROUTING masquerade the packet, so that the answer too comes back through node-a.',
        expect: 'flag:hairpinMode',
      },
    },
    {
      show: 'packet',
      title: 'A Service with no endpoints',
      from: 'pod:web-1',
      to: 'service:legacy',
      hop: { action: 'drop' },
      expect: { outcome: 'dropped', dropAt: 'node:node-a' },
      narration: 'Service legacy selects no ready pod, so its EndpointSlice is empty. web-1 calls it anyway.',
      question: {
        kind: 'choice',
        prompt: 'Which rule decides what happens to the packet?',
        answer: { of: 'service-rule' },
        explanation:
          'With no endpoint kube-proxy writes no DNAT for it, only {answer}: the kernel answers ICMP port unreachable, so the caller gets “connection refused” at once instead of waiting for a timeout.',
        expect:
          'rule:-A KUBE-SERVICES -d 172.19.1.3/32 -p tcp -m comment --comment "default/legacy has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
      },
    },
  ],
};
