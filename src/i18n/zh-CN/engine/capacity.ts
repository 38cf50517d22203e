import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const capacity: Translation<typeof ENGINE_PARTS.capacity> = {
  limitBackend:
    '{podCidr} 按 /{mask} 划分，可分配 {blocks} 个节点 CIDR。使用 Flannel 的 {backend} 后端时，节点不需要 VPC 路由条目，{quota} 条的路由配额不构成限制：集群 CIDR 是唯一的上限。',
  limitQuota:
    '每个节点都需要一条自己的 VPC 路由条目：路由配额 {quota} 条，减去其他 {others} 条自定义路由条目，还剩 {routes} 条可用于节点路由，少于集群 CIDR 提供的 {blocks} 个节点 CIDR。',
  limitCidr:
    '{podCidr} 按 /{mask} 划分，可分配 {blocks} 个节点 CIDR，不超过配额剩下的 {routes} 条节点路由，因此集群 CIDR 先用完。',
  nodesWithin: '{nodes} / {limit}',
  nodesOverQuota:
    '{nodes}：超出上限 {over} 个；最后几个节点得不到 VPC 路由条目（QuotaExceeded），一直保持 NetworkUnavailable=True',
  nodesOverCidr:
    '{nodes}：超出上限 {over} 个；最后几个节点分不到 Pod CIDR（CIDRNotAvailable），一直处于 NotReady',
};
