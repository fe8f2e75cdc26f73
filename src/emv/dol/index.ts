export { parseDol, parseTagList, dolDataLength, type DolEntry } from './parse.js';
export { buildDolData, type DolFormat, type DolValue, type DolSource } from './build.js';
export { chooseDol, DEFAULT_DDOL, type ChosenDol } from './default.js';
