// The operator's screens: screens as data, the driver the transaction engine calls, and the
// renderers behind it (the kiosk page, a console).
export type { Text, Tone, LineStyle, Line, Button, ButtonRole, Currency, Entry, InputEntry, EntryValue, Answer, AppScreenId, Screen } from './screen.js';
export type { TransactionKind, MenuAction, ReportKind, LinkState, QueryStatus, QueryField, ListPurpose, MismatchKind, QrMethod } from './strings.js';
export { both, formatAmount, amountText } from './text.js';
export { BOOK_A_MESSAGES, bookAScreen, type BookAMessage, type MessageValue } from './book-a.js';
export { OK_BUTTON, CANCEL_BUTTON } from './screens/buttons.js';
export { idleScreen, type DeviceStatus, type LinkStatus, type IdleStatus } from './screens/idle.js';
export { signInScreen, passwordScreen, mainMenuScreen, supervisorIdScreen, supervisorPasswordScreen } from './screens/operator.js';
export { transactionSubject, transactionTypeScreen, amountScreen, pinPromptScreen, resultScreen, receiptQuestionScreen, type TransactionResult, type ResultDetails } from './screens/transaction.js';
export { balanceScreen, type BalanceDetails } from './screens/balance.js';
export { qrMethodScreen, merchantQrScreen, scanCodeScreen, type QrSlip } from './screens/qr.js';
export { reportScreen, type ReportTotals, type MismatchLine } from './screens/report.js';
export { shiftStartedScreen, shiftSummaryScreen, type ShiftSummary } from './screens/shift.js';
export { queryByScreen, queryFieldScreen, transactionListScreen, type QueryRow } from './screens/query.js';
export { errorScreen } from './screens/error.js';
export { press, shownEntry, type Key, type Digit, type Step } from './entry.js';
export { viewOf, type View, type DisplayPrefs } from './view.js';
export { createScreenDriver, type ScreenDriver, type Renderer, type UserInput, type Voice, type AskOptions, type DriverOptions, type Schedule } from './driver.js';
export { espeakVoice, ESPEAK_VOICE, type EspeakOptions, type EspeakVoice } from './voice.js';
export { startWebDisplay, type WebDisplay, type WebDisplayOptions } from './web/server.js';
export { ansiRenderer, drawBox, inputsOf, qrBlocks, type AnsiOptions } from './ansi/renderer.js';
