// The permission matrix: parameters.proto OperatorRole (cashier sells; supervisor also refunds,
// voids and settles; administrator also changes settings) with issue 7's rule that a cashier's
// refund or void needs a supervisor's approval on the spot and settings need an administrator.
import { describe, expect, it } from 'vitest';
import { ACTIONS, permissionOf, ROLES, type Action, type Role } from '../../../src/payment/roles.js';

const EXPECTED: Record<Role, Record<Action, string>> = {
  cashier: {
    sale: 'allowed',
    balance: 'allowed',
    'pre-auth': 'allowed',
    completion: 'allowed',
    refund: 'needs-supervisor-approval',
    void: 'needs-supervisor-approval',
    settlement: 'needs-supervisor-approval',
    settings: 'needs-admin',
    'key-management': 'needs-admin',
  },
  supervisor: {
    sale: 'allowed',
    balance: 'allowed',
    'pre-auth': 'allowed',
    completion: 'allowed',
    refund: 'allowed',
    void: 'allowed',
    settlement: 'allowed',
    settings: 'needs-admin',
    'key-management': 'needs-admin',
  },
  administrator: {
    sale: 'allowed',
    balance: 'allowed',
    'pre-auth': 'allowed',
    completion: 'allowed',
    refund: 'allowed',
    void: 'allowed',
    settlement: 'allowed',
    settings: 'allowed',
    'key-management': 'allowed',
  },
};

describe('permission matrix', () => {
  it('gives every role and action the decision the issue asks for', () => {
    for (const role of ROLES) {
      for (const action of ACTIONS) expect([role, action, permissionOf(role, action).kind]).toEqual([role, action, EXPECTED[role][action]]);
    }
  });

  it('never lets a lower role do by itself what a higher one may not', () => {
    for (const action of ACTIONS) {
      const allowed = ROLES.map((r) => permissionOf(r, action).kind === 'allowed');
      expect(allowed).toEqual([...allowed].sort((a, b) => Number(a) - Number(b)));
    }
  });
});
