export { authenticateIssuer, type IssuerAuthentication } from './issuer-authentication.js';
export { parseIssuerScripts, runIssuerScripts, encodeScriptResults, type IssuerScript, type ScriptResult, type ScriptTiming } from './issuer-scripts.js';
