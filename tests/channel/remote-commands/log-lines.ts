// Log lines as a careless module might have written them (a PAN, a track 2 and a CVV), for the
// upload-logs test: the archive that leaves the terminal must hold none of it.
export const CARD_PAN = '4761739001010119';

export const LOG_LINES = [
  `{"level":30,"time":1,"msg":"card read","pan":"${CARD_PAN}","track2":"${CARD_PAN}D25122011143878089"}`,
  `{"level":30,"time":2,"msg":"retry for ${CARD_PAN} with cvv","cvv":"123"}`,
  `plain text line with track ${CARD_PAN}=25122011143878089`,
  '{"level":30,"time":3,"msg":"printer ok"}',
];
