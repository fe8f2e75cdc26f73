// Operator screens: sign-in (id, then password), the main menu, and a supervisor's approval
// on the same terminal (id, then password). Which actions a role may take, and whether a
// password is right, are the operators module's to decide: these screens only ask.
import type { Entry, Screen, Text } from '../screen.js';
import type { Role } from '../../payment/roles.js';
import type { MenuAction } from '../strings.js';
import { both } from '../text.js';
import { CANCEL_BUTTON } from './buttons.js';

/** Operator ids are short numbers on Chinese terminals (01, 001, 99); passwords 4-12 digits. */
const OPERATOR_ID = { minLength: 1, maxLength: 8 } as const;
const PASSWORD = { minLength: 4, maxLength: 12 } as const;

type DigitsEntry = Extract<Entry, { readonly kind: 'digits' }>;
type PasswordEntry = Extract<Entry, { readonly kind: 'password' }>;

export function signInScreen(): Screen<DigitsEntry> {
  return {
    id: 'login-operator',
    messageId: null,
    title: both((s) => s.login.title),
    lines: [],
    entry: { kind: 'digits', label: both((s) => s.login.operatorId), ...OPERATOR_ID },
    buttons: [CANCEL_BUTTON],
    tone: 'neutral',
    voice: both((s) => s.login.voice),
  };
}

export function passwordScreen(operatorId: string): Screen<PasswordEntry> {
  return {
    id: 'login-password',
    messageId: null,
    title: both((s) => s.login.title),
    lines: [{ text: both((s) => s.login.operator(operatorId)), style: 'body' }],
    entry: { kind: 'password', label: both((s) => s.login.password), ...PASSWORD },
    buttons: [CANCEL_BUTTON],
    tone: 'neutral',
    voice: null,
  };
}

export function mainMenuScreen(operator: { readonly id: string; readonly role: Role }, actions: readonly MenuAction[]): Screen<{ readonly kind: 'choice' }> {
  return {
    id: 'main-menu',
    messageId: null,
    title: both((s) => s.menu.title),
    lines: [{ text: both((s) => s.menu.operator(operator.id, s.menu.role[operator.role])), style: 'body' }],
    entry: { kind: 'choice' },
    buttons: actions.map((a) => ({ id: a, label: both((s) => s.menu.action[a]), role: a === 'sign-out' ? 'secondary' : 'primary' })),
    tone: 'neutral',
    voice: null,
  };
}

/** `what` says what is to be approved, e.g. "Refund CN¥12.00" (transactionSubject). */
export function supervisorIdScreen(what: Text): Screen<DigitsEntry> {
  return {
    id: 'supervisor-id',
    messageId: null,
    title: both((s) => s.supervisor.title),
    lines: [{ text: both((s, l) => s.supervisor.needs(what[l])), style: 'body' }],
    entry: { kind: 'digits', label: both((s) => s.supervisor.supervisorId), ...OPERATOR_ID },
    buttons: [CANCEL_BUTTON],
    tone: 'warning',
    voice: both((s) => s.supervisor.voice),
  };
}

export function supervisorPasswordScreen(what: Text, supervisorId: string): Screen<PasswordEntry> {
  return {
    id: 'supervisor-password',
    messageId: null,
    title: both((s) => s.supervisor.title),
    lines: [
      { text: both((s, l) => s.supervisor.needs(what[l])), style: 'body' },
      { text: both((s) => s.login.operator(supervisorId)), style: 'body' },
    ],
    entry: { kind: 'password', label: both((s) => s.supervisor.password), ...PASSWORD },
    buttons: [CANCEL_BUTTON],
    tone: 'warning',
    voice: null,
  };
}
