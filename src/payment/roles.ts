// Operator roles and what each may do (protos/posrt/channel/v1/parameters.proto OperatorRole:
// a cashier sells, a supervisor also refunds, voids and settles, an administrator also changes
// the terminal's settings). Refunds and voids by a cashier need a supervisor's approval on the
// spot; settings and keys need an administrator.

export const ROLES = ['cashier', 'supervisor', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'sale',
  'balance',
  'pre-auth',
  'completion',
  'refund',
  'void',
  'settlement',
  'settings',
  'key-management',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What an operator needs before `action` may go ahead. 'denied' is the session's answer when
 *  nobody is signed in: no approval can stand in for a signed-in operator. */
export type PermissionDecision =
  | { readonly kind: 'allowed' }
  | { readonly kind: 'needs-supervisor-approval' }
  | { readonly kind: 'needs-admin' }
  | { readonly kind: 'denied'; readonly reason: 'signed-out' };

type Need = 'any' | 'supervisor' | 'administrator';

/** The least role that may do each action by itself. */
const NEEDS: Record<Action, Need> = {
  sale: 'any',
  balance: 'any',
  'pre-auth': 'any',
  completion: 'any',
  refund: 'supervisor',
  void: 'supervisor',
  settlement: 'supervisor',
  settings: 'administrator',
  'key-management': 'administrator',
};

const RANK: Record<Role, number> = { cashier: 0, supervisor: 1, administrator: 2 };

/** What `role` needs to do `action`: allowed by itself, or someone above it. */
export function permissionOf(role: Role, action: Action): Exclude<PermissionDecision, { kind: 'denied' }> {
  switch (NEEDS[action]) {
    case 'any':
      return { kind: 'allowed' };
    case 'supervisor':
      return RANK[role] >= RANK.supervisor ? { kind: 'allowed' } : { kind: 'needs-supervisor-approval' };
    case 'administrator':
      return role === 'administrator' ? { kind: 'allowed' } : { kind: 'needs-admin' };
  }
}
