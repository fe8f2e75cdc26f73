export { readCard, KNOWN_AIDS, type CardReport, type ApplicationReport, type Directory, type CardInterface } from './read-card.js';
export { inspectionTerminalData, type InspectionEnvironment } from './terminal-data.js';
export { formatCardReport, cardReportJson, type CardReportJson, type FormatOptions } from './format-report.js';
