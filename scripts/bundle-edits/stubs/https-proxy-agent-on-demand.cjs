// Stands in for `https-proxy-agent` where axios imports it. axios needs the agent only when an
// HTTPS request goes through a proxy (HTTPS_PROXY), yet importing it loads net, tls, assert and the
// agent-base stack at every start (about 8 ms). This loads the real package on first use and
// behaves as it does: callable with or without `new`, and `instanceof` answers for real agents.
'use strict';

let real;
const load = () => (real ??= require('https-proxy-agent'));

function createHttpsProxyAgent(options) {
  return load()(options);
}
Object.defineProperty(createHttpsProxyAgent, Symbol.hasInstance, {
  value: (instance) => instance instanceof load(),
});

module.exports = createHttpsProxyAgent;
