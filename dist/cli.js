#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all3) => {
  for (var name in all3)
    __defProp(target, name, { get: all3[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node-builtin:node:fs
var require_node_fs = __commonJS({
  "node-builtin:node:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// node-builtin:node:path
var require_node_path = __commonJS({
  "node-builtin:node:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

// node-builtin:node:util
var require_node_util = __commonJS({
  "node-builtin:node:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

// node-builtin:node:readline/promises
var require_promises = __commonJS({
  "node-builtin:node:readline/promises"(exports, module) {
    module.exports = __require("node:readline/promises");
  }
});

// scripts/bundle-stubs/form-data.cjs
var require_form_data = __commonJS({
  "scripts/bundle-stubs/form-data.cjs"(exports, module) {
    "use strict";
    module.exports = class FormData {
      constructor() {
        throw new Error("multipart request bodies are not part of the ory-actions-gitops bundle");
      }
    };
  }
});

// node-builtin:crypto
var require_crypto = __commonJS({
  "node-builtin:crypto"(exports, module) {
    module.exports = __require("crypto");
  }
});

// node-builtin:url
var require_url = __commonJS({
  "node-builtin:url"(exports, module) {
    module.exports = __require("url");
  }
});

// node-builtin:net
var require_net = __commonJS({
  "node-builtin:net"(exports, module) {
    module.exports = __require("net");
  }
});

// node-builtin:tls
var require_tls = __commonJS({
  "node-builtin:tls"(exports, module) {
    module.exports = __require("tls");
  }
});

// node-builtin:assert
var require_assert = __commonJS({
  "node-builtin:assert"(exports, module) {
    module.exports = __require("assert");
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse3(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse3(str2) {
      str2 = String(str2);
      if (str2.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str2
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural2(ms, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural2(ms, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural2(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural2(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural2(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self2 = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms = curr - (prevTime || curr);
          self2.diff = ms;
          self2.prev = prevTime;
          self2.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self2, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self2, args);
          const logFn = self2.log || createDebug.log;
          logFn.apply(self2, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend2;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v) => {
            enableOverride = v;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend2(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns of split) {
          if (ns[0] === "-") {
            createDebug.skips.push(ns.slice(1));
          } else {
            createDebug.names.push(ns);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns of createDebug.names) {
          if (matchesTemplate(name, ns)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node-builtin:tty
var require_tty = __commonJS({
  "node-builtin:tty"(exports, module) {
    module.exports = __require("tty");
  }
});

// node-builtin:util
var require_util = __commonJS({
  "node-builtin:util"(exports, module) {
    module.exports = __require("util");
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = require_tty();
    var util4 = require_util();
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util4.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = __require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj2, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => {
        return k.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj2[prop] = val;
      return obj2;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c = this.color;
        const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util4.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util4.inspect(v, this.inspectOpts).split("\n").map((str2) => str2.trim()).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util4.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node-builtin:events
var require_events = __commonJS({
  "node-builtin:events"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/agent-base/dist/src/promisify.js
var require_promisify = __commonJS({
  "node_modules/agent-base/dist/src/promisify.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function promisify(fn) {
      return function(req, opts) {
        return new Promise((resolve3, reject) => {
          fn.call(this, req, opts, (err, rtn) => {
            if (err) {
              reject(err);
            } else {
              resolve3(rtn);
            }
          });
        });
      };
    }
    exports.default = promisify;
  }
});

// node_modules/agent-base/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/agent-base/dist/src/index.js"(exports, module) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    var events_1 = require_events();
    var debug_1 = __importDefault(require_src());
    var promisify_1 = __importDefault(require_promisify());
    var debug = debug_1.default("agent-base");
    function isAgent(v) {
      return Boolean(v) && typeof v.addRequest === "function";
    }
    function isSecureEndpoint() {
      const { stack } = new Error();
      if (typeof stack !== "string")
        return false;
      return stack.split("\n").some((l) => l.indexOf("(https.js:") !== -1 || l.indexOf("node:https:") !== -1);
    }
    function createAgent(callback, opts) {
      return new createAgent.Agent(callback, opts);
    }
    (function(createAgent2) {
      class Agent extends events_1.EventEmitter {
        constructor(callback, _opts) {
          super();
          let opts = _opts;
          if (typeof callback === "function") {
            this.callback = callback;
          } else if (callback) {
            opts = callback;
          }
          this.timeout = null;
          if (opts && typeof opts.timeout === "number") {
            this.timeout = opts.timeout;
          }
          this.maxFreeSockets = 1;
          this.maxSockets = 1;
          this.maxTotalSockets = Infinity;
          this.sockets = {};
          this.freeSockets = {};
          this.requests = {};
          this.options = {};
        }
        get defaultPort() {
          if (typeof this.explicitDefaultPort === "number") {
            return this.explicitDefaultPort;
          }
          return isSecureEndpoint() ? 443 : 80;
        }
        set defaultPort(v) {
          this.explicitDefaultPort = v;
        }
        get protocol() {
          if (typeof this.explicitProtocol === "string") {
            return this.explicitProtocol;
          }
          return isSecureEndpoint() ? "https:" : "http:";
        }
        set protocol(v) {
          this.explicitProtocol = v;
        }
        callback(req, opts, fn) {
          throw new Error('"agent-base" has no default implementation, you must subclass and override `callback()`');
        }
        /**
         * Called by node-core's "_http_client.js" module when creating
         * a new HTTP request with this Agent instance.
         *
         * @api public
         */
        addRequest(req, _opts) {
          const opts = Object.assign({}, _opts);
          if (typeof opts.secureEndpoint !== "boolean") {
            opts.secureEndpoint = isSecureEndpoint();
          }
          if (opts.host == null) {
            opts.host = "localhost";
          }
          if (opts.port == null) {
            opts.port = opts.secureEndpoint ? 443 : 80;
          }
          if (opts.protocol == null) {
            opts.protocol = opts.secureEndpoint ? "https:" : "http:";
          }
          if (opts.host && opts.path) {
            delete opts.path;
          }
          delete opts.agent;
          delete opts.hostname;
          delete opts._defaultAgent;
          delete opts.defaultPort;
          delete opts.createConnection;
          req._last = true;
          req.shouldKeepAlive = false;
          let timedOut = false;
          let timeoutId = null;
          const timeoutMs = opts.timeout || this.timeout;
          const onerror = (err) => {
            if (req._hadError)
              return;
            req.emit("error", err);
            req._hadError = true;
          };
          const ontimeout = () => {
            timeoutId = null;
            timedOut = true;
            const err = new Error(`A "socket" was not created for HTTP request before ${timeoutMs}ms`);
            err.code = "ETIMEOUT";
            onerror(err);
          };
          const callbackError = (err) => {
            if (timedOut)
              return;
            if (timeoutId !== null) {
              clearTimeout(timeoutId);
              timeoutId = null;
            }
            onerror(err);
          };
          const onsocket = (socket) => {
            if (timedOut)
              return;
            if (timeoutId != null) {
              clearTimeout(timeoutId);
              timeoutId = null;
            }
            if (isAgent(socket)) {
              debug("Callback returned another Agent instance %o", socket.constructor.name);
              socket.addRequest(req, opts);
              return;
            }
            if (socket) {
              socket.once("free", () => {
                this.freeSocket(socket, opts);
              });
              req.onSocket(socket);
              return;
            }
            const err = new Error(`no Duplex stream was returned to agent-base for \`${req.method} ${req.path}\``);
            onerror(err);
          };
          if (typeof this.callback !== "function") {
            onerror(new Error("`callback` is not defined"));
            return;
          }
          if (!this.promisifiedCallback) {
            if (this.callback.length >= 3) {
              debug("Converting legacy callback function to promise");
              this.promisifiedCallback = promisify_1.default(this.callback);
            } else {
              this.promisifiedCallback = this.callback;
            }
          }
          if (typeof timeoutMs === "number" && timeoutMs > 0) {
            timeoutId = setTimeout(ontimeout, timeoutMs);
          }
          if ("port" in opts && typeof opts.port !== "number") {
            opts.port = Number(opts.port);
          }
          try {
            debug("Resolving socket for %o request: %o", opts.protocol, `${req.method} ${req.path}`);
            Promise.resolve(this.promisifiedCallback(req, opts)).then(onsocket, callbackError);
          } catch (err) {
            Promise.reject(err).catch(callbackError);
          }
        }
        freeSocket(socket, opts) {
          debug("Freeing socket %o %o", socket.constructor.name, opts);
          socket.destroy();
        }
        destroy() {
          debug("Destroying agent %o", this.constructor.name);
        }
      }
      createAgent2.Agent = Agent;
      createAgent2.prototype = createAgent2.Agent.prototype;
    })(createAgent || (createAgent = {}));
    module.exports = createAgent;
  }
});

// node_modules/https-proxy-agent/dist/parse-proxy-response.js
var require_parse_proxy_response = __commonJS({
  "node_modules/https-proxy-agent/dist/parse-proxy-response.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var debug_1 = __importDefault(require_src());
    var debug = debug_1.default("https-proxy-agent:parse-proxy-response");
    function parseProxyResponse(socket) {
      return new Promise((resolve3, reject) => {
        let buffersLength = 0;
        const buffers = [];
        function read() {
          const b = socket.read();
          if (b)
            ondata(b);
          else
            socket.once("readable", read);
        }
        function cleanup() {
          socket.removeListener("end", onend);
          socket.removeListener("error", onerror);
          socket.removeListener("close", onclose);
          socket.removeListener("readable", read);
        }
        function onclose(err) {
          debug("onclose had error %o", err);
        }
        function onend() {
          debug("onend");
        }
        function onerror(err) {
          cleanup();
          debug("onerror %o", err);
          reject(err);
        }
        function ondata(b) {
          buffers.push(b);
          buffersLength += b.length;
          const buffered = Buffer.concat(buffers, buffersLength);
          const endOfHeaders = buffered.indexOf("\r\n\r\n");
          if (endOfHeaders === -1) {
            debug("have not received end of HTTP headers yet...");
            read();
            return;
          }
          const firstLine = buffered.toString("ascii", 0, buffered.indexOf("\r\n"));
          const statusCode = +firstLine.split(" ")[1];
          debug("got proxy server response: %o", firstLine);
          resolve3({
            statusCode,
            buffered
          });
        }
        socket.on("error", onerror);
        socket.on("close", onclose);
        socket.on("end", onend);
        read();
      });
    }
    exports.default = parseProxyResponse;
  }
});

// node_modules/https-proxy-agent/dist/agent.js
var require_agent = __commonJS({
  "node_modules/https-proxy-agent/dist/agent.js"(exports) {
    "use strict";
    var __awaiter3 = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value2) {
        return value2 instanceof P ? value2 : new P(function(resolve3) {
          resolve3(value2);
        });
      }
      return new (P || (P = Promise))(function(resolve3, reject) {
        function fulfilled(value2) {
          try {
            step(generator.next(value2));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value2) {
          try {
            step(generator["throw"](value2));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var net_1 = __importDefault(require_net());
    var tls_1 = __importDefault(require_tls());
    var url_1 = __importDefault(require_url());
    var assert_1 = __importDefault(require_assert());
    var debug_1 = __importDefault(require_src());
    var agent_base_1 = require_src2();
    var parse_proxy_response_1 = __importDefault(require_parse_proxy_response());
    var debug = debug_1.default("https-proxy-agent:agent");
    var HttpsProxyAgent2 = class extends agent_base_1.Agent {
      constructor(_opts) {
        let opts;
        if (typeof _opts === "string") {
          opts = url_1.default.parse(_opts);
        } else {
          opts = _opts;
        }
        if (!opts) {
          throw new Error("an HTTP(S) proxy server `host` and `port` must be specified!");
        }
        debug("creating new HttpsProxyAgent instance: %o", opts);
        super(opts);
        const proxy = Object.assign({}, opts);
        this.secureProxy = opts.secureProxy || isHTTPS(proxy.protocol);
        proxy.host = proxy.hostname || proxy.host;
        if (typeof proxy.port === "string") {
          proxy.port = parseInt(proxy.port, 10);
        }
        if (!proxy.port && proxy.host) {
          proxy.port = this.secureProxy ? 443 : 80;
        }
        if (this.secureProxy && !("ALPNProtocols" in proxy)) {
          proxy.ALPNProtocols = ["http 1.1"];
        }
        if (proxy.host && proxy.path) {
          delete proxy.path;
          delete proxy.pathname;
        }
        this.proxy = proxy;
      }
      /**
       * Called when the node-core HTTP client library is creating a
       * new HTTP request.
       *
       * @api protected
       */
      callback(req, opts) {
        return __awaiter3(this, void 0, void 0, function* () {
          const { proxy, secureProxy } = this;
          let socket;
          if (secureProxy) {
            debug("Creating `tls.Socket`: %o", proxy);
            socket = tls_1.default.connect(proxy);
          } else {
            debug("Creating `net.Socket`: %o", proxy);
            socket = net_1.default.connect(proxy);
          }
          const headers = Object.assign({}, proxy.headers);
          const hostname = `${opts.host}:${opts.port}`;
          let payload = `CONNECT ${hostname} HTTP/1.1\r
`;
          if (proxy.auth) {
            headers["Proxy-Authorization"] = `Basic ${Buffer.from(proxy.auth).toString("base64")}`;
          }
          let { host, port, secureEndpoint } = opts;
          if (!isDefaultPort(port, secureEndpoint)) {
            host += `:${port}`;
          }
          headers.Host = host;
          headers.Connection = "close";
          for (const name of Object.keys(headers)) {
            payload += `${name}: ${headers[name]}\r
`;
          }
          const proxyResponsePromise = parse_proxy_response_1.default(socket);
          socket.write(`${payload}\r
`);
          const { statusCode, buffered } = yield proxyResponsePromise;
          if (statusCode === 200) {
            req.once("socket", resume);
            if (opts.secureEndpoint) {
              debug("Upgrading socket connection to TLS");
              const servername = opts.servername || opts.host;
              return tls_1.default.connect(Object.assign(Object.assign({}, omit(opts, "host", "hostname", "path", "port")), {
                socket,
                servername
              }));
            }
            return socket;
          }
          socket.destroy();
          const fakeSocket = new net_1.default.Socket({ writable: false });
          fakeSocket.readable = true;
          req.once("socket", (s) => {
            debug("replaying proxy buffer for failed request");
            assert_1.default(s.listenerCount("data") > 0);
            s.push(buffered);
            s.push(null);
          });
          return fakeSocket;
        });
      }
    };
    exports.default = HttpsProxyAgent2;
    function resume(socket) {
      socket.resume();
    }
    function isDefaultPort(port, secure) {
      return Boolean(!secure && port === 80 || secure && port === 443);
    }
    function isHTTPS(protocol) {
      return typeof protocol === "string" ? /^https:?$/i.test(protocol) : false;
    }
    function omit(obj2, ...keys) {
      const ret = {};
      let key;
      for (key in obj2) {
        if (!keys.includes(key)) {
          ret[key] = obj2[key];
        }
      }
      return ret;
    }
  }
});

// node_modules/https-proxy-agent/dist/index.js
var require_dist = __commonJS({
  "node_modules/https-proxy-agent/dist/index.js"(exports, module) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    var agent_1 = __importDefault(require_agent());
    function createHttpsProxyAgent(opts) {
      return new agent_1.default(opts);
    }
    (function(createHttpsProxyAgent2) {
      createHttpsProxyAgent2.HttpsProxyAgent = agent_1.default;
      createHttpsProxyAgent2.prototype = agent_1.default.prototype;
    })(createHttpsProxyAgent || (createHttpsProxyAgent = {}));
    module.exports = createHttpsProxyAgent;
  }
});

// scripts/bundle-stubs/https-proxy-agent-on-demand.cjs
var require_https_proxy_agent_on_demand = __commonJS({
  "scripts/bundle-stubs/https-proxy-agent-on-demand.cjs"(exports, module) {
    "use strict";
    var real;
    var load = () => real ??= require_dist();
    function createHttpsProxyAgent(options) {
      return load()(options);
    }
    Object.defineProperty(createHttpsProxyAgent, Symbol.hasInstance, {
      value: (instance) => instance instanceof load()
    });
    module.exports = createHttpsProxyAgent;
  }
});

// node-builtin:http
var require_http = __commonJS({
  "node-builtin:http"(exports, module) {
    module.exports = __require("http");
  }
});

// node-builtin:https
var require_https = __commonJS({
  "node-builtin:https"(exports, module) {
    module.exports = __require("https");
  }
});

// node-builtin:http2
var require_http2 = __commonJS({
  "node-builtin:http2"(exports, module) {
    var loaded;
    module.exports = new Proxy({}, { get: (_, key) => key === "__esModule" ? void 0 : (loaded ??= __require("http2"))[key] });
  }
});

// node-builtin:path
var require_path = __commonJS({
  "node-builtin:path"(exports, module) {
    module.exports = __require("path");
  }
});

// node-builtin:stream
var require_stream = __commonJS({
  "node-builtin:stream"(exports, module) {
    module.exports = __require("stream");
  }
});

// node_modules/follow-redirects/debug.js
var require_debug = __commonJS({
  "node_modules/follow-redirects/debug.js"(exports, module) {
    var debug;
    module.exports = function() {
      if (!debug) {
        try {
          debug = require_src()("follow-redirects");
        } catch (error) {
        }
        if (typeof debug !== "function") {
          debug = function() {
          };
        }
      }
      debug.apply(null, arguments);
    };
  }
});

// node_modules/follow-redirects/index.js
var require_follow_redirects = __commonJS({
  "node_modules/follow-redirects/index.js"(exports, module) {
    var url2 = require_url();
    var URL2 = url2.URL;
    var http3 = require_http();
    var https2 = require_https();
    var Writable = require_stream().Writable;
    var assert = require_assert();
    var debug = require_debug();
    (function detectUnsupportedEnvironment() {
      var looksLikeNode = typeof process !== "undefined";
      var looksLikeBrowser = typeof window !== "undefined" && typeof document !== "undefined";
      var looksLikeV8 = isFunction2(Error.captureStackTrace);
      if (!looksLikeNode && (looksLikeBrowser || !looksLikeV8)) {
        console.warn("The follow-redirects package should be excluded from browser builds.");
      }
    })();
    var useNativeURL = false;
    try {
      assert(new URL2(""));
    } catch (error) {
      useNativeURL = error.code === "ERR_INVALID_URL";
    }
    var sensitiveHeaders = [
      "Authorization",
      "Proxy-Authorization",
      "Cookie"
    ];
    var preservedUrlFields = [
      "auth",
      "host",
      "hostname",
      "href",
      "path",
      "pathname",
      "port",
      "protocol",
      "query",
      "search",
      "hash"
    ];
    var events = ["abort", "aborted", "connect", "error", "socket", "timeout"];
    var eventHandlers = /* @__PURE__ */ Object.create(null);
    events.forEach(function(event) {
      eventHandlers[event] = function(arg1, arg2, arg3) {
        this._redirectable.emit(event, arg1, arg2, arg3);
      };
    });
    var InvalidUrlError = createErrorType(
      "ERR_INVALID_URL",
      "Invalid URL",
      TypeError
    );
    var RedirectionError = createErrorType(
      "ERR_FR_REDIRECTION_FAILURE",
      "Redirected request failed"
    );
    var TooManyRedirectsError = createErrorType(
      "ERR_FR_TOO_MANY_REDIRECTS",
      "Maximum number of redirects exceeded",
      RedirectionError
    );
    var MaxBodyLengthExceededError = createErrorType(
      "ERR_FR_MAX_BODY_LENGTH_EXCEEDED",
      "Request body larger than maxBodyLength limit"
    );
    var WriteAfterEndError = createErrorType(
      "ERR_STREAM_WRITE_AFTER_END",
      "write after end"
    );
    var destroy = Writable.prototype.destroy || noop2;
    function RedirectableRequest(options, responseCallback) {
      Writable.call(this);
      this._sanitizeOptions(options);
      this._options = options;
      this._ended = false;
      this._ending = false;
      this._redirectCount = 0;
      this._redirects = [];
      this._requestBodyLength = 0;
      this._requestBodyBuffers = [];
      if (responseCallback) {
        this.on("response", responseCallback);
      }
      var self2 = this;
      this._onNativeResponse = function(response) {
        try {
          self2._processResponse(response);
        } catch (cause) {
          self2.emit("error", cause instanceof RedirectionError ? cause : new RedirectionError({ cause }));
        }
      };
      this._headerFilter = new RegExp("^(?:" + sensitiveHeaders.concat(options.sensitiveHeaders).map(escapeRegex).join("|") + ")$", "i");
      this._performRequest();
    }
    RedirectableRequest.prototype = Object.create(Writable.prototype);
    RedirectableRequest.prototype.abort = function() {
      destroyRequest(this._currentRequest);
      this._currentRequest.abort();
      this.emit("abort");
    };
    RedirectableRequest.prototype.destroy = function(error) {
      destroyRequest(this._currentRequest, error);
      destroy.call(this, error);
      return this;
    };
    RedirectableRequest.prototype.write = function(data, encoding, callback) {
      if (this._ending) {
        throw new WriteAfterEndError();
      }
      if (!isString2(data) && !isBuffer2(data)) {
        throw new TypeError("data should be a string, Buffer or Uint8Array");
      }
      if (isFunction2(encoding)) {
        callback = encoding;
        encoding = null;
      }
      if (data.length === 0) {
        if (callback) {
          callback();
        }
        return;
      }
      if (this._requestBodyLength + data.length <= this._options.maxBodyLength) {
        this._requestBodyLength += data.length;
        this._requestBodyBuffers.push({ data, encoding });
        this._currentRequest.write(data, encoding, callback);
      } else {
        this.emit("error", new MaxBodyLengthExceededError());
        this.abort();
      }
    };
    RedirectableRequest.prototype.end = function(data, encoding, callback) {
      if (isFunction2(data)) {
        callback = data;
        data = encoding = null;
      } else if (isFunction2(encoding)) {
        callback = encoding;
        encoding = null;
      }
      if (!data) {
        this._ended = this._ending = true;
        this._currentRequest.end(null, null, callback);
      } else {
        var self2 = this;
        var currentRequest = this._currentRequest;
        this.write(data, encoding, function() {
          self2._ended = true;
          currentRequest.end(null, null, callback);
        });
        this._ending = true;
      }
    };
    RedirectableRequest.prototype.setHeader = function(name, value2) {
      this._options.headers[name] = value2;
      this._currentRequest.setHeader(name, value2);
    };
    RedirectableRequest.prototype.removeHeader = function(name) {
      delete this._options.headers[name];
      this._currentRequest.removeHeader(name);
    };
    RedirectableRequest.prototype.setTimeout = function(msecs, callback) {
      var self2 = this;
      function destroyOnTimeout(socket) {
        socket.setTimeout(msecs);
        socket.removeListener("timeout", socket.destroy);
        socket.addListener("timeout", socket.destroy);
      }
      function startTimer(socket) {
        if (self2._timeout) {
          clearTimeout(self2._timeout);
        }
        self2._timeout = setTimeout(function() {
          self2.emit("timeout");
          clearTimer();
        }, msecs);
        destroyOnTimeout(socket);
      }
      function clearTimer() {
        if (self2._timeout) {
          clearTimeout(self2._timeout);
          self2._timeout = null;
        }
        self2.removeListener("abort", clearTimer);
        self2.removeListener("error", clearTimer);
        self2.removeListener("response", clearTimer);
        self2.removeListener("close", clearTimer);
        if (callback) {
          self2.removeListener("timeout", callback);
        }
        if (!self2.socket) {
          self2._currentRequest.removeListener("socket", startTimer);
        }
      }
      if (callback) {
        this.on("timeout", callback);
      }
      if (this.socket) {
        startTimer(this.socket);
      } else {
        this._currentRequest.once("socket", startTimer);
      }
      this.on("socket", destroyOnTimeout);
      this.on("abort", clearTimer);
      this.on("error", clearTimer);
      this.on("response", clearTimer);
      this.on("close", clearTimer);
      return this;
    };
    [
      "flushHeaders",
      "getHeader",
      "setNoDelay",
      "setSocketKeepAlive"
    ].forEach(function(method) {
      RedirectableRequest.prototype[method] = function(a, b) {
        return this._currentRequest[method](a, b);
      };
    });
    ["aborted", "connection", "socket"].forEach(function(property) {
      Object.defineProperty(RedirectableRequest.prototype, property, {
        get: function() {
          return this._currentRequest[property];
        }
      });
    });
    RedirectableRequest.prototype._sanitizeOptions = function(options) {
      if (!options.headers) {
        options.headers = {};
      } else if (Array.isArray(options.headers)) {
        var headerList = options.headers;
        options.headers = {};
        for (var i = 0; i < headerList.length; i += 2) {
          options.headers[headerList[i]] = headerList[i + 1];
        }
      }
      if (!Array.isArray(options.sensitiveHeaders)) {
        options.sensitiveHeaders = [];
      }
      if (options.host) {
        if (!options.hostname) {
          options.hostname = options.host;
        }
        delete options.host;
      }
      if (!options.pathname && options.path) {
        var searchPos = options.path.indexOf("?");
        if (searchPos < 0) {
          options.pathname = options.path;
        } else {
          options.pathname = options.path.substring(0, searchPos);
          options.search = options.path.substring(searchPos);
        }
      }
    };
    RedirectableRequest.prototype._performRequest = function() {
      var protocol = this._options.protocol;
      var nativeProtocol = this._options.nativeProtocols[protocol];
      if (!nativeProtocol) {
        throw new TypeError("Unsupported protocol " + protocol);
      }
      if (this._options.agents) {
        var scheme = protocol.slice(0, -1);
        this._options.agent = this._options.agents[scheme];
      }
      var request = this._currentRequest = nativeProtocol.request(this._options, this._onNativeResponse);
      request._redirectable = this;
      for (var event of events) {
        request.on(event, eventHandlers[event]);
      }
      this._currentUrl = /^\//.test(this._options.path) ? url2.format(this._options) : (
        // When making a request to a proxy, […]
        // a client MUST send the target URI in absolute-form […].
        this._options.path
      );
      if (this._isRedirect) {
        var i = 0;
        var self2 = this;
        var buffers = this._requestBodyBuffers;
        (function writeNext(error) {
          if (request === self2._currentRequest) {
            if (error) {
              self2.emit("error", error);
            } else if (i < buffers.length) {
              var buffer = buffers[i++];
              if (!request.finished) {
                request.write(buffer.data, buffer.encoding, writeNext);
              }
            } else if (self2._ended) {
              request.end();
            }
          }
        })();
      }
    };
    RedirectableRequest.prototype._processResponse = function(response) {
      var statusCode = response.statusCode;
      if (this._options.trackRedirects) {
        this._redirects.push({
          url: this._currentUrl,
          headers: response.headers,
          statusCode
        });
      }
      var location = response.headers.location;
      if (!location || this._options.followRedirects === false || statusCode < 300 || statusCode >= 400) {
        response.responseUrl = this._currentUrl;
        response.redirects = this._redirects;
        this.emit("response", response);
        this._requestBodyBuffers = [];
        return;
      }
      destroyRequest(this._currentRequest);
      response.destroy();
      if (++this._redirectCount > this._options.maxRedirects) {
        throw new TooManyRedirectsError();
      }
      var requestHeaders;
      var beforeRedirect = this._options.beforeRedirect;
      if (beforeRedirect) {
        requestHeaders = Object.assign({
          // The Host header was set by nativeProtocol.request
          Host: response.req.getHeader("host")
        }, this._options.headers);
      }
      var method = this._options.method;
      if ((statusCode === 301 || statusCode === 302) && this._options.method === "POST" || // RFC7231§6.4.4: The 303 (See Other) status code indicates that
      // the server is redirecting the user agent to a different resource […]
      // A user agent can perform a retrieval request targeting that URI
      // (a GET or HEAD request if using HTTP) […]
      statusCode === 303 && !/^(?:GET|HEAD)$/.test(this._options.method)) {
        this._options.method = "GET";
        this._requestBodyBuffers = [];
        removeMatchingHeaders(/^content-/i, this._options.headers);
      }
      var currentHostHeader = removeMatchingHeaders(/^host$/i, this._options.headers);
      var currentUrlParts = parseUrl2(this._currentUrl);
      var currentHost = currentHostHeader || currentUrlParts.host;
      var currentUrl = /^\w+:/.test(location) ? this._currentUrl : url2.format(Object.assign(currentUrlParts, { host: currentHost }));
      var redirectUrl = resolveUrl(location, currentUrl);
      debug("redirecting to", redirectUrl.href);
      this._isRedirect = true;
      spreadUrlObject(redirectUrl, this._options);
      if (redirectUrl.protocol !== currentUrlParts.protocol && redirectUrl.protocol !== "https:" || redirectUrl.host !== currentHost && !isSubdomain(redirectUrl.host, currentHost)) {
        removeMatchingHeaders(this._headerFilter, this._options.headers);
      }
      if (isFunction2(beforeRedirect)) {
        var responseDetails = {
          headers: response.headers,
          statusCode
        };
        var requestDetails = {
          url: currentUrl,
          method,
          headers: requestHeaders
        };
        beforeRedirect(this._options, responseDetails, requestDetails);
        this._sanitizeOptions(this._options);
      }
      this._performRequest();
    };
    function wrap(protocols) {
      var exports2 = {
        maxRedirects: 21,
        maxBodyLength: 10 * 1024 * 1024
      };
      var nativeProtocols = {};
      Object.keys(protocols).forEach(function(scheme) {
        var protocol = scheme + ":";
        var nativeProtocol = nativeProtocols[protocol] = protocols[scheme];
        var wrappedProtocol = exports2[scheme] = Object.create(nativeProtocol);
        function request(input, options, callback) {
          if (isURL(input)) {
            input = spreadUrlObject(input);
          } else if (isString2(input)) {
            input = spreadUrlObject(parseUrl2(input));
          } else {
            callback = options;
            options = validateUrl(input);
            input = { protocol };
          }
          if (isFunction2(options)) {
            callback = options;
            options = null;
          }
          options = Object.assign({
            maxRedirects: exports2.maxRedirects,
            maxBodyLength: exports2.maxBodyLength
          }, input, options);
          options.nativeProtocols = nativeProtocols;
          if (!isString2(options.host) && !isString2(options.hostname)) {
            options.hostname = "::1";
          }
          assert.equal(options.protocol, protocol, "protocol mismatch");
          debug("options", options);
          return new RedirectableRequest(options, callback);
        }
        function get(input, options, callback) {
          var wrappedRequest = wrappedProtocol.request(input, options, callback);
          wrappedRequest.end();
          return wrappedRequest;
        }
        Object.defineProperties(wrappedProtocol, {
          request: { value: request, configurable: true, enumerable: true, writable: true },
          get: { value: get, configurable: true, enumerable: true, writable: true }
        });
      });
      return exports2;
    }
    function noop2() {
    }
    function parseUrl2(input) {
      var parsed;
      if (useNativeURL) {
        parsed = new URL2(input);
      } else {
        parsed = validateUrl(url2.parse(input));
        if (!isString2(parsed.protocol)) {
          throw new InvalidUrlError({ input });
        }
      }
      return parsed;
    }
    function resolveUrl(relative3, base) {
      return useNativeURL ? new URL2(relative3, base) : parseUrl2(url2.resolve(base, relative3));
    }
    function validateUrl(input) {
      if (/^\[/.test(input.hostname) && !/^\[[:0-9a-f]+\]$/i.test(input.hostname)) {
        throw new InvalidUrlError({ input: input.href || input });
      }
      if (/^\[/.test(input.host) && !/^\[[:0-9a-f]+\](:\d+)?$/i.test(input.host)) {
        throw new InvalidUrlError({ input: input.href || input });
      }
      return input;
    }
    function spreadUrlObject(urlObject, target) {
      var spread3 = target || {};
      for (var key of preservedUrlFields) {
        spread3[key] = urlObject[key];
      }
      if (spread3.hostname.startsWith("[")) {
        spread3.hostname = spread3.hostname.slice(1, -1);
      }
      if (spread3.port !== "") {
        spread3.port = Number(spread3.port);
      }
      spread3.path = spread3.search ? spread3.pathname + spread3.search : spread3.pathname;
      return spread3;
    }
    function removeMatchingHeaders(regex, headers) {
      var lastValue;
      for (var header in headers) {
        if (regex.test(header)) {
          lastValue = headers[header];
          delete headers[header];
        }
      }
      return lastValue === null || typeof lastValue === "undefined" ? void 0 : String(lastValue).trim();
    }
    function createErrorType(code, message, baseClass) {
      function CustomError(properties) {
        if (isFunction2(Error.captureStackTrace)) {
          Error.captureStackTrace(this, this.constructor);
        }
        Object.assign(this, properties || {});
        this.code = code;
        this.message = this.cause ? message + ": " + this.cause.message : message;
      }
      CustomError.prototype = new (baseClass || Error)();
      Object.defineProperties(CustomError.prototype, {
        constructor: {
          value: CustomError,
          enumerable: false
        },
        name: {
          value: "Error [" + code + "]",
          enumerable: false
        }
      });
      return CustomError;
    }
    function destroyRequest(request, error) {
      for (var event of events) {
        request.removeListener(event, eventHandlers[event]);
      }
      request.on("error", noop2);
      request.destroy(error);
    }
    function isSubdomain(subdomain, domain) {
      assert(isString2(subdomain) && isString2(domain));
      var dot = subdomain.length - domain.length - 1;
      return dot > 0 && subdomain[dot] === "." && subdomain.endsWith(domain);
    }
    function isString2(value2) {
      return typeof value2 === "string" || value2 instanceof String;
    }
    function isFunction2(value2) {
      return typeof value2 === "function";
    }
    function isBuffer2(value2) {
      return typeof value2 === "object" && "length" in value2;
    }
    function isURL(value2) {
      return URL2 && value2 instanceof URL2;
    }
    function escapeRegex(regex) {
      return regex.replace(/[\^$\\.*+?()[\]{}|]/g, "\\$&");
    }
    module.exports = wrap({ http: http3, https: https2 });
    module.exports.wrap = wrap;
  }
});

// node-builtin:zlib
var require_zlib = __commonJS({
  "node-builtin:zlib"(exports, module) {
    module.exports = __require("zlib");
  }
});

// node-builtin:node:crypto
var require_node_crypto = __commonJS({
  "node-builtin:node:crypto"(exports, module) {
    module.exports = __require("node:crypto");
  }
});

// node-builtin:process
var require_process = __commonJS({
  "node-builtin:process"(exports, module) {
    module.exports = __require("process");
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value2, arg, ctx) {
      if (Array.isArray(value2))
        return value2.map((v, i) => toJS(v, String(i), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value2))
          return value2.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value2, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value2 === "bigint" && !ctx?.keep)
        return Number(value2);
      return value2;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value2) => !value2 || typeof value2 !== "function" && typeof value2 !== "object";
    var Scalar4 = class extends Node.NodeBase {
      constructor(value2) {
        super(identity2.SCALAR);
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar4.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar4.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar4.PLAIN = "PLAIN";
    Scalar4.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar4.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar4;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar4 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value2, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value2) && !t.format);
    }
    function createNode(value2, tagName, ctx) {
      if (identity2.isDocument(value2))
        value2 = value2.contents;
      if (identity2.isNode(value2))
        return value2;
      if (identity2.isPair(value2)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value2);
        return map;
      }
      if (value2 instanceof String || value2 instanceof Number || value2 instanceof Boolean || typeof BigInt !== "undefined" && value2 instanceof BigInt) {
        value2 = value2.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value2 && typeof value2 === "object") {
        ref = sourceObjects.get(value2);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value2));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value2, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (value2 && typeof value2.toJSON === "function") {
          value2 = value2.toJSON();
        }
        if (!value2 || typeof value2 !== "object") {
          const node2 = new Scalar4.Scalar(value2);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value2 instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value2) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value2, ctx) : new Scalar4.Scalar(value2);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value2) {
      let v = value2;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value2) {
        if (isEmptyPath(path))
          this.add(value2);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value2);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const json = JSON.stringify(value2);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value2.includes("\n") || /[ \t]\n|\n[ \t]/.test(value2))
        return doubleQuotedString(value2, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value2, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value2.includes('"');
        const hasSingle = value2.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value2, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value2)) {
        return quotedString(value2, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar4.Scalar.BLOCK_FOLDED ? false : type === Scalar4.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, lineWidth, indent.length);
      if (!value2)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value2.length; endStart > 0; --endStart) {
        const ch = value2[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value2.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value2 === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value2 = value2.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value2.length; ++startEnd) {
        const ch = value2[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value2.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value2 = value2.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar4.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value2 = value2.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value2}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value: value2 } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value2.includes("\n") || inFlow && /[[\]{},]/.test(value2)) {
        return quotedString(value2, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || !value2.includes("\n") ? quotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar4.Scalar.PLAIN && value2.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value2)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value2, ctx);
        }
      }
      const str2 = value2.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value2, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar4.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar4.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar4.Scalar.BLOCK_FOLDED:
          case Scalar4.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar4.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar4.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar4.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity2.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity2.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar4 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value: value2 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value2 == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar4.Scalar.BLOCK_FOLDED || key.type === Scalar4.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value2 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value2 == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value2)) {
        vsb = !!value2.spaceBefore;
        vcb = value2.commentBefore;
        valueComment = value2.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value2 && typeof value2 === "object")
          value2 = doc.createNode(value2);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value2))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value2) && !value2.flow && !value2.tag && !value2.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value2, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value2)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value2.flow ?? value2.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = require_process();
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar4 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value2) => value2 === MERGE_KEY || typeof value2 === "symbol" && value2.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar4.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge2.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar4.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value3] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value3);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value3,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value2) {
      return ctx && identity2.isAlias(value2) ? value2.resolve(ctx.doc, ctx) : value2;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value: value2 }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value2);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value2);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value2, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value2, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value2, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value2, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value2 = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value2;
      }
      clone(schema) {
        let { key, value: value2 } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value2))
          value2 = value2.clone(schema);
        return new _Pair(key, value2);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items2.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar4 = require_Scalar();
    function findPair2(items2, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items2) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value2) => {
          if (typeof replacer === "function")
            value2 = replacer.call(obj2, key, value2);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value2 !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value2, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key, value2] of obj2)
            add(key, value2);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar4.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value2) {
        this.add(new Pair.Pair(key, value2), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar4 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value2) {
        this.items.push(value2);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value2) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar4.isScalarValue(value2))
          prev.value = value2;
        else
          this.items[idx] = value2;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var nullTag = {
      identify: (value2) => value2 == null,
      createNode: () => new Scalar4.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar4.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var boolTag = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar4.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value: value2 }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value2 === sv)
            return source;
        }
        return value2 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value: value2 }) {
      if (typeof value2 === "bigint")
        return String(value2);
      const num2 = typeof value2 === "number" ? value2 : Number(value2);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value2, -0) ? "-0" : JSON.stringify(value2);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar4.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2) && value2 >= 0)
        return prefix + value2.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value2) {
      return typeof value2 === "bigint" || Number.isInteger(value2);
    }
    var stringifyJSON = ({ value: value2 }) => JSON.stringify(value2);
    var jsonScalars = [
      {
        identify: (value2) => typeof value2 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => value2 == null,
        createNode: () => new Scalar4.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => typeof value2 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value: value2 }) => intIdentify(value2) ? value2.toString() : JSON.stringify(value2)
      },
      {
        identify: (value2) => typeof value2 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node-builtin:buffer
var require_buffer = __commonJS({
  "node-builtin:buffer"(exports, module) {
    module.exports = __require("buffer");
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = require_buffer();
    var Scalar4 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
        if (!value2)
          return "";
        const buf = value2;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar4.Scalar.BLOCK_LITERAL);
        if (type !== Scalar4.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar4.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar4 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar4.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value2;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value2 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value2 = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value2, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value2;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value2 = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value2);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    function boolStringify({ value: value2, source }, ctx) {
      const boolObj = value2 ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value2 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value2) => value2 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar4.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value2) => value2 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar4.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar4.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2)) {
        const str2 = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value2) {
        if (typeof value2 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value2 of iterable) {
            if (typeof replacer === "function")
              value2 = replacer.call(iterable, value2, value2);
            set2.items.push(Pair.createPair(value2, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value: value2 } = node;
      let num2 = (n) => n;
      if (typeof value2 === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value2) || !isFinite(value2))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value2 < 0) {
        sign = "-";
        value2 *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value2 % _60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = (value2 - parts[0]) / _60;
        parts.unshift(value2 % _60);
        if (value2 >= 60) {
          value2 = (value2 - parts[0]) / _60;
          parts.unshift(value2);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value2) => typeof value2 === "bigint" || Number.isInteger(value2),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value: value2 }) => value2?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value2, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value2 === void 0 ? null : this.createNode(value2, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value2) {
        if (assertCollection(this.contents))
          this.contents.add(value2);
      }
      /** Adds a value to the document. */
      addIn(path, value2) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value2);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value2, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value2 = replacer.call({ "": value2 }, "", value2);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value2, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value2, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value2, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value2) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value2);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value2);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value2;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value2);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value2);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos2, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos2;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos2, code, message) {
        super("YAMLParseError", pos2, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos2, code, message) {
        super("YAMLWarning", pos2, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos2) => lc.linePos(pos2));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token2 of tokens) {
        if (reqSpace) {
          if (token2.type !== "space" && token2.type !== "newline" && token2.type !== "comma")
            onError(token2.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token2.type !== "comment" && token2.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token2.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token2.source.includes("	")) {
              tab = token2;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token2, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token2.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token2.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token2.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token2;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token2, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token2.source.endsWith(":"))
              onError(token2.offset + token2.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token2;
            start ?? (start = token2.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token2, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token2;
            start ?? (start = token2.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token2, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token2.source} indicator`);
            if (found)
              onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${token2.source} in ${flow ?? "collection"}`);
            found = token2;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token2, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token2;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${token2.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items2.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value: value2 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value2,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value2?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value2, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value2 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value2,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value2) {
            if (value2?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value2, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token2 of end) {
          const { source, type } = token2;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token2, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token2) => token2 && (token2.type === "block-map" || token2.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value: value2 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value2) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep2 && !props.found) {
          const valueNode = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value2))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value2,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value2) {
            if ("source" in value2 && value2.source?.[0] === ":")
              onError(value2, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value2))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar4 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token2, onError, tagName, tag) {
      const coll = token2.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token2, onError, tag) : token2.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token2, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token2, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token2, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token2.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token2.type === "block-map" ? "map" : token2.type === "block-seq" ? "seq" : token2.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token2, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token2, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token2, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar4.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar4.Scalar.BLOCK_FOLDED : Scalar4.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value3 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value3, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart2 = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart2 = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value2 = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart2; ++i)
        value2 += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart2; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar4.Scalar.BLOCK_LITERAL) {
          value2 += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value2 += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value2 += "\n";
          else
            sep2 = "\n";
        } else {
          value2 += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value2 += "\n" + lines[i][0].slice(trimIndent);
          if (value2[value2.length - 1] !== "\n")
            value2 += "\n";
          break;
        default:
          value2 += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value: value2, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict2, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token2 = props[i];
        switch (token2.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token2.source.length;
            break;
          case "comment":
            if (strict2 && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token2, "MISSING_CHAR", message);
            }
            length += token2.source.length;
            comment = token2.source.substring(1);
            break;
          case "error":
            onError(token2, "UNEXPECTED_TOKEN", token2.message);
            length += token2.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token2.type}`;
            onError(token2, "UNEXPECTED_TOKEN", message);
            const ts = token2.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict2, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value2;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar4.Scalar.PLAIN;
          value2 = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar4.Scalar.QUOTE_SINGLE;
          value2 = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar4.Scalar.QUOTE_DOUBLE;
          value2 = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict2, onError);
      return {
        value: value2,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos2 = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos2 = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos2;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar4 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token2, tagToken, onError) {
      const { value: value2, type, comment, range } = token2.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token2, onError) : resolveFlowScalar.resolveFlowScalar(token2, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value2, tagName, tagToken, onError);
      else if (token2.type === "scalar")
        tag = findScalarTagByTest(ctx, value2, token2, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value2, (msg) => onError(tagToken ?? token2, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar4.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token2, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar4.Scalar(value2);
      }
      scalar.range = range;
      scalar.source = value2;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value2, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value2))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value2, token2, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value2)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value2)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token2, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos2) {
      if (before) {
        pos2 ?? (pos2 = before.length);
        for (let i = pos2 - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token2, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token2.type) {
        case "alias":
          node = composeAlias(ctx, token2, onError);
          if (anchor || tag)
            onError(token2, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token2, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token2, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token2, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token2.type === "error" ? token2.message : `Unsupported token (type: ${token2.type})`;
          onError(token2, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token2.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token2, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token2.type === "scalar" && token2.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token2;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos2, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token2 = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos2),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token2, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value2, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value2 ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value2 && (value2.type === "block-map" || value2.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value2 ? composeNode.composeNode(ctx, value2, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = require_process();
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos2 = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos2, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos2, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token2 of tokens)
          yield* this.next(token2);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token2) {
        if (node_process.env.LOG_STREAM)
          console.dir(token2, { depth: null });
        switch (token2.type) {
          case "directive":
            this.directives.add(token2.source, (offset, message, warning) => {
              const pos2 = getErrorPos(token2);
              pos2[0] += offset;
              this.onError(pos2, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token2.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token2, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token2, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token2.source);
            break;
          case "error": {
            const msg = token2.source ? `${token2.message}: ${JSON.stringify(token2.source)}` : token2.message;
            const error = new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token2.end, token2.offset + token2.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", `Unsupported token ${token2.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token2, strict2 = true, onError) {
      if (token2) {
        const _onError = (pos2, code, message) => {
          const offset = typeof pos2 === "number" ? pos2 : Array.isArray(pos2) ? pos2[0] : pos2.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token2.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token2, strict2, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict: strict2 } }, token2, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value2, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token2, value2, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token2 ? token2.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token2.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token2.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token2, source);
          break;
        case '"':
          setFlowScalarValue(token2, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token2, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token2, source, "scalar");
      }
    }
    function setBlockScalarValue(token2, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token2.type === "block-scalar") {
        const header = token2.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token2.source = body;
      } else {
        const { offset } = token2;
        const indent = "indent" in token2 ? token2.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token2 ? token2.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token2))
          if (key !== "type" && key !== "offset")
            delete token2[key];
        Object.assign(token2, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token2, source, type) {
      switch (token2.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token2.type = type;
          token2.source = source;
          break;
        case "block-scalar": {
          const end = token2.props.slice(1);
          let oa = source.length;
          if (token2.props[0].type === "block-scalar-header")
            oa -= token2.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token2.props;
          Object.assign(token2, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token2.offset + source.length;
          const nl = { type: "newline", offset, indent: token2.indent, source: "\n" };
          delete token2.items;
          Object.assign(token2, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token2 ? token2.indent : -1;
          const end = "end" in token2 && Array.isArray(token2.end) ? token2.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token2))
            if (key !== "type" && key !== "offset")
              delete token2[key];
          Object.assign(token2, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token2) {
      switch (token2.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token2.props)
            res += stringifyToken(tok);
          return res + token2.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token2.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token2.start.source;
          for (const item of token2.items)
            res += stringifyItem(item);
          for (const st of token2.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token2);
          if (token2.end)
            for (const st of token2.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token2.source;
          if ("end" in token2 && token2.end)
            for (const st of token2.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value: value2 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value2)
        res += stringifyToken(value2);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token2 = item[field];
        if (token2 && "items" in token2) {
          for (let i = 0; i < token2.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token2.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token2.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token2) => !!token2 && "items" in token2;
    var isScalar3 = (token2) => !!token2 && (token2.type === "scalar" || token2.type === "single-quoted-scalar" || token2.type === "double-quoted-scalar" || token2.type === "block-scalar");
    function prettyToken(token2) {
      switch (token2) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token2);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = require_process();
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token2) {
      switch (token2?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token2 = error ?? this.stack.pop();
        if (!token2) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token2;
        } else {
          const top = this.peek(1);
          if (token2.type === "block-scalar") {
            token2.indent = "indent" in top ? top.indent : 0;
          } else if (token2.type === "flow-collection" && top.type === "document") {
            token2.indent = 0;
          }
          if (token2.type === "flow-collection")
            fixFlowSeqItems(token2);
          switch (top.type) {
            case "document":
              top.value = token2;
              break;
            case "block-scalar":
              top.props.push(token2);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token2, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token2;
              } else {
                Object.assign(it, { key: token2, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token2 });
              else
                it.value = token2;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token2, sep: [] });
              else if (it.sep)
                it.value = token2;
              else
                Object.assign(it, { key: token2, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token2);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token2.type === "block-map" || token2.type === "block-seq")) {
            const last = token2.items[token2.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token2.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token2.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token2.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token2) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token2.end)
              token2.end.push(this.sourceToken);
            else
              token2.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value2, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value2 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value2) && !_replacer)
        return value2.toString(options);
      return new Document2.Document(value2, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar4 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar4.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos2 = 0;
      let value2;
      while (pos2 < len) {
        length++;
        value2 = str2.charCodeAt(pos2++);
        if (value2 >= 55296 && value2 <= 56319 && pos2 < len) {
          value2 = str2.charCodeAt(pos2);
          if ((value2 & 64512) === 56320)
            pos2++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/process-exit.ts
async function exitWhenFlushed() {
  await Promise.all([process.stdout, process.stderr].map((stream4) => new Promise((resolve3) => stream4.write("", () => resolve3()))));
  process.exit(process.exitCode ?? 0);
}

// src/cli/main.ts
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);
var import_node_util = __toESM(require_node_util(), 1);
var import_promises = __toESM(require_promises(), 1);

// node_modules/fast-json-patch/module/core.mjs
var core_exports = {};
__export(core_exports, {
  JsonPatchError: () => JsonPatchError,
  _areEquals: () => _areEquals,
  applyOperation: () => applyOperation,
  applyPatch: () => applyPatch,
  applyReducer: () => applyReducer,
  deepClone: () => deepClone,
  getValueByPointer: () => getValueByPointer,
  validate: () => validate,
  validator: () => validator
});

// node_modules/fast-json-patch/module/helpers.mjs
var __extends = /* @__PURE__ */ (function() {
  var extendStatics = function(d, b) {
    extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
      d2.__proto__ = b2;
    } || function(d2, b2) {
      for (var p in b2) if (b2.hasOwnProperty(p)) d2[p] = b2[p];
    };
    return extendStatics(d, b);
  };
  return function(d, b) {
    extendStatics(d, b);
    function __() {
      this.constructor = d;
    }
    d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
  };
})();
var _hasOwnProperty = Object.prototype.hasOwnProperty;
function hasOwnProperty(obj2, key) {
  return _hasOwnProperty.call(obj2, key);
}
function _objectKeys(obj2) {
  if (Array.isArray(obj2)) {
    var keys_1 = new Array(obj2.length);
    for (var k = 0; k < keys_1.length; k++) {
      keys_1[k] = "" + k;
    }
    return keys_1;
  }
  if (Object.keys) {
    return Object.keys(obj2);
  }
  var keys = [];
  for (var i in obj2) {
    if (hasOwnProperty(obj2, i)) {
      keys.push(i);
    }
  }
  return keys;
}
function _deepClone(obj2) {
  switch (typeof obj2) {
    case "object":
      return JSON.parse(JSON.stringify(obj2));
    //Faster than ES5 clone - http://jsperf.com/deep-cloning-of-objects/5
    case "undefined":
      return null;
    //this is how JSON.stringify behaves for array items
    default:
      return obj2;
  }
}
function isInteger(str2) {
  var i = 0;
  var len = str2.length;
  var charCode;
  while (i < len) {
    charCode = str2.charCodeAt(i);
    if (charCode >= 48 && charCode <= 57) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}
function escapePathComponent(path) {
  if (path.indexOf("/") === -1 && path.indexOf("~") === -1)
    return path;
  return path.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePathComponent(path) {
  return path.replace(/~1/g, "/").replace(/~0/g, "~");
}
function hasUndefined(obj2) {
  if (obj2 === void 0) {
    return true;
  }
  if (obj2) {
    if (Array.isArray(obj2)) {
      for (var i_1 = 0, len = obj2.length; i_1 < len; i_1++) {
        if (hasUndefined(obj2[i_1])) {
          return true;
        }
      }
    } else if (typeof obj2 === "object") {
      var objKeys = _objectKeys(obj2);
      var objKeysLength = objKeys.length;
      for (var i = 0; i < objKeysLength; i++) {
        if (hasUndefined(obj2[objKeys[i]])) {
          return true;
        }
      }
    }
  }
  return false;
}
function patchErrorMessageFormatter(message, args) {
  var messageParts = [message];
  for (var key in args) {
    var value2 = typeof args[key] === "object" ? JSON.stringify(args[key], null, 2) : args[key];
    if (typeof value2 !== "undefined") {
      messageParts.push(key + ": " + value2);
    }
  }
  return messageParts.join("\n");
}
var PatchError = (
  /** @class */
  (function(_super) {
    __extends(PatchError2, _super);
    function PatchError2(message, name, index, operation, tree) {
      var _newTarget = this.constructor;
      var _this = _super.call(this, patchErrorMessageFormatter(message, { name, index, operation, tree })) || this;
      _this.name = name;
      _this.index = index;
      _this.operation = operation;
      _this.tree = tree;
      Object.setPrototypeOf(_this, _newTarget.prototype);
      _this.message = patchErrorMessageFormatter(message, { name, index, operation, tree });
      return _this;
    }
    return PatchError2;
  })(Error)
);

// node_modules/fast-json-patch/module/core.mjs
var JsonPatchError = PatchError;
var deepClone = _deepClone;
var objOps = {
  add: function(obj2, key, document2) {
    obj2[key] = this.value;
    return { newDocument: document2 };
  },
  remove: function(obj2, key, document2) {
    var removed = obj2[key];
    delete obj2[key];
    return { newDocument: document2, removed };
  },
  replace: function(obj2, key, document2) {
    var removed = obj2[key];
    obj2[key] = this.value;
    return { newDocument: document2, removed };
  },
  move: function(obj2, key, document2) {
    var removed = getValueByPointer(document2, this.path);
    if (removed) {
      removed = _deepClone(removed);
    }
    var originalValue = applyOperation(document2, { op: "remove", path: this.from }).removed;
    applyOperation(document2, { op: "add", path: this.path, value: originalValue });
    return { newDocument: document2, removed };
  },
  copy: function(obj2, key, document2) {
    var valueToCopy = getValueByPointer(document2, this.from);
    applyOperation(document2, { op: "add", path: this.path, value: _deepClone(valueToCopy) });
    return { newDocument: document2 };
  },
  test: function(obj2, key, document2) {
    return { newDocument: document2, test: _areEquals(obj2[key], this.value) };
  },
  _get: function(obj2, key, document2) {
    this.value = obj2[key];
    return { newDocument: document2 };
  }
};
var arrOps = {
  add: function(arr2, i, document2) {
    if (isInteger(i)) {
      arr2.splice(i, 0, this.value);
    } else {
      arr2[i] = this.value;
    }
    return { newDocument: document2, index: i };
  },
  remove: function(arr2, i, document2) {
    var removedList = arr2.splice(i, 1);
    return { newDocument: document2, removed: removedList[0] };
  },
  replace: function(arr2, i, document2) {
    var removed = arr2[i];
    arr2[i] = this.value;
    return { newDocument: document2, removed };
  },
  move: objOps.move,
  copy: objOps.copy,
  test: objOps.test,
  _get: objOps._get
};
function getValueByPointer(document2, pointer) {
  if (pointer == "") {
    return document2;
  }
  var getOriginalDestination = { op: "_get", path: pointer };
  applyOperation(document2, getOriginalDestination);
  return getOriginalDestination.value;
}
function applyOperation(document2, operation, validateOperation, mutateDocument, banPrototypeModifications, index) {
  if (validateOperation === void 0) {
    validateOperation = false;
  }
  if (mutateDocument === void 0) {
    mutateDocument = true;
  }
  if (banPrototypeModifications === void 0) {
    banPrototypeModifications = true;
  }
  if (index === void 0) {
    index = 0;
  }
  if (validateOperation) {
    if (typeof validateOperation == "function") {
      validateOperation(operation, 0, document2, operation.path);
    } else {
      validator(operation, 0);
    }
  }
  if (operation.path === "") {
    var returnValue = { newDocument: document2 };
    if (operation.op === "add") {
      returnValue.newDocument = operation.value;
      return returnValue;
    } else if (operation.op === "replace") {
      returnValue.newDocument = operation.value;
      returnValue.removed = document2;
      return returnValue;
    } else if (operation.op === "move" || operation.op === "copy") {
      returnValue.newDocument = getValueByPointer(document2, operation.from);
      if (operation.op === "move") {
        returnValue.removed = document2;
      }
      return returnValue;
    } else if (operation.op === "test") {
      returnValue.test = _areEquals(document2, operation.value);
      if (returnValue.test === false) {
        throw new JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document2);
      }
      returnValue.newDocument = document2;
      return returnValue;
    } else if (operation.op === "remove") {
      returnValue.removed = document2;
      returnValue.newDocument = null;
      return returnValue;
    } else if (operation.op === "_get") {
      operation.value = document2;
      return returnValue;
    } else {
      if (validateOperation) {
        throw new JsonPatchError("Operation `op` property is not one of operations defined in RFC-6902", "OPERATION_OP_INVALID", index, operation, document2);
      } else {
        return returnValue;
      }
    }
  } else {
    if (!mutateDocument) {
      document2 = _deepClone(document2);
    }
    var path = operation.path || "";
    var keys = path.split("/");
    var obj2 = document2;
    var t = 1;
    var len = keys.length;
    var existingPathFragment = void 0;
    var key = void 0;
    var validateFunction = void 0;
    if (typeof validateOperation == "function") {
      validateFunction = validateOperation;
    } else {
      validateFunction = validator;
    }
    while (true) {
      key = keys[t];
      if (key && key.indexOf("~") != -1) {
        key = unescapePathComponent(key);
      }
      if (banPrototypeModifications && (key == "__proto__" || key == "prototype" && t > 0 && keys[t - 1] == "constructor")) {
        throw new TypeError("JSON-Patch: modifying `__proto__` or `constructor/prototype` prop is banned for security reasons, if this was on purpose, please set `banPrototypeModifications` flag false and pass it to this function. More info in fast-json-patch README");
      }
      if (validateOperation) {
        if (existingPathFragment === void 0) {
          if (obj2[key] === void 0) {
            existingPathFragment = keys.slice(0, t).join("/");
          } else if (t == len - 1) {
            existingPathFragment = operation.path;
          }
          if (existingPathFragment !== void 0) {
            validateFunction(operation, 0, document2, existingPathFragment);
          }
        }
      }
      t++;
      if (Array.isArray(obj2)) {
        if (key === "-") {
          key = obj2.length;
        } else {
          if (validateOperation && !isInteger(key)) {
            throw new JsonPatchError("Expected an unsigned base-10 integer value, making the new referenced value the array element with the zero-based index", "OPERATION_PATH_ILLEGAL_ARRAY_INDEX", index, operation, document2);
          } else if (isInteger(key)) {
            key = ~~key;
          }
        }
        if (t >= len) {
          if (validateOperation && operation.op === "add" && key > obj2.length) {
            throw new JsonPatchError("The specified index MUST NOT be greater than the number of elements in the array", "OPERATION_VALUE_OUT_OF_BOUNDS", index, operation, document2);
          }
          var returnValue = arrOps[operation.op].call(operation, obj2, key, document2);
          if (returnValue.test === false) {
            throw new JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document2);
          }
          return returnValue;
        }
      } else {
        if (t >= len) {
          var returnValue = objOps[operation.op].call(operation, obj2, key, document2);
          if (returnValue.test === false) {
            throw new JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document2);
          }
          return returnValue;
        }
      }
      obj2 = obj2[key];
      if (validateOperation && t < len && (!obj2 || typeof obj2 !== "object")) {
        throw new JsonPatchError("Cannot perform operation at the desired path", "OPERATION_PATH_UNRESOLVABLE", index, operation, document2);
      }
    }
  }
}
function applyPatch(document2, patch, validateOperation, mutateDocument, banPrototypeModifications) {
  if (mutateDocument === void 0) {
    mutateDocument = true;
  }
  if (banPrototypeModifications === void 0) {
    banPrototypeModifications = true;
  }
  if (validateOperation) {
    if (!Array.isArray(patch)) {
      throw new JsonPatchError("Patch sequence must be an array", "SEQUENCE_NOT_AN_ARRAY");
    }
  }
  if (!mutateDocument) {
    document2 = _deepClone(document2);
  }
  var results = new Array(patch.length);
  for (var i = 0, length_1 = patch.length; i < length_1; i++) {
    results[i] = applyOperation(document2, patch[i], validateOperation, true, banPrototypeModifications, i);
    document2 = results[i].newDocument;
  }
  results.newDocument = document2;
  return results;
}
function applyReducer(document2, operation, index) {
  var operationResult = applyOperation(document2, operation);
  if (operationResult.test === false) {
    throw new JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index, operation, document2);
  }
  return operationResult.newDocument;
}
function validator(operation, index, document2, existingPathFragment) {
  if (typeof operation !== "object" || operation === null || Array.isArray(operation)) {
    throw new JsonPatchError("Operation is not an object", "OPERATION_NOT_AN_OBJECT", index, operation, document2);
  } else if (!objOps[operation.op]) {
    throw new JsonPatchError("Operation `op` property is not one of operations defined in RFC-6902", "OPERATION_OP_INVALID", index, operation, document2);
  } else if (typeof operation.path !== "string") {
    throw new JsonPatchError("Operation `path` property is not a string", "OPERATION_PATH_INVALID", index, operation, document2);
  } else if (operation.path.indexOf("/") !== 0 && operation.path.length > 0) {
    throw new JsonPatchError('Operation `path` property must start with "/"', "OPERATION_PATH_INVALID", index, operation, document2);
  } else if ((operation.op === "move" || operation.op === "copy") && typeof operation.from !== "string") {
    throw new JsonPatchError("Operation `from` property is not present (applicable in `move` and `copy` operations)", "OPERATION_FROM_REQUIRED", index, operation, document2);
  } else if ((operation.op === "add" || operation.op === "replace" || operation.op === "test") && operation.value === void 0) {
    throw new JsonPatchError("Operation `value` property is not present (applicable in `add`, `replace` and `test` operations)", "OPERATION_VALUE_REQUIRED", index, operation, document2);
  } else if ((operation.op === "add" || operation.op === "replace" || operation.op === "test") && hasUndefined(operation.value)) {
    throw new JsonPatchError("Operation `value` property is not present (applicable in `add`, `replace` and `test` operations)", "OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED", index, operation, document2);
  } else if (document2) {
    if (operation.op == "add") {
      var pathLen = operation.path.split("/").length;
      var existingPathLen = existingPathFragment.split("/").length;
      if (pathLen !== existingPathLen + 1 && pathLen !== existingPathLen) {
        throw new JsonPatchError("Cannot perform an `add` operation at the desired path", "OPERATION_PATH_CANNOT_ADD", index, operation, document2);
      }
    } else if (operation.op === "replace" || operation.op === "remove" || operation.op === "_get") {
      if (operation.path !== existingPathFragment) {
        throw new JsonPatchError("Cannot perform the operation at a path that does not exist", "OPERATION_PATH_UNRESOLVABLE", index, operation, document2);
      }
    } else if (operation.op === "move" || operation.op === "copy") {
      var existingValue = { op: "_get", path: operation.from, value: void 0 };
      var error = validate([existingValue], document2);
      if (error && error.name === "OPERATION_PATH_UNRESOLVABLE") {
        throw new JsonPatchError("Cannot perform the operation from a path that does not exist", "OPERATION_FROM_UNRESOLVABLE", index, operation, document2);
      }
    }
  }
}
function validate(sequence2, document2, externalValidator) {
  try {
    if (!Array.isArray(sequence2)) {
      throw new JsonPatchError("Patch sequence must be an array", "SEQUENCE_NOT_AN_ARRAY");
    }
    if (document2) {
      applyPatch(_deepClone(document2), _deepClone(sequence2), externalValidator || true);
    } else {
      externalValidator = externalValidator || validator;
      for (var i = 0; i < sequence2.length; i++) {
        externalValidator(sequence2[i], i, document2, void 0);
      }
    }
  } catch (e) {
    if (e instanceof JsonPatchError) {
      return e;
    } else {
      throw e;
    }
  }
}
function _areEquals(a, b) {
  if (a === b)
    return true;
  if (a && b && typeof a == "object" && typeof b == "object") {
    var arrA = Array.isArray(a), arrB = Array.isArray(b), i, length, key;
    if (arrA && arrB) {
      length = a.length;
      if (length != b.length)
        return false;
      for (i = length; i-- !== 0; )
        if (!_areEquals(a[i], b[i]))
          return false;
      return true;
    }
    if (arrA != arrB)
      return false;
    var keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length)
      return false;
    for (i = length; i-- !== 0; )
      if (!b.hasOwnProperty(keys[i]))
        return false;
    for (i = length; i-- !== 0; ) {
      key = keys[i];
      if (!_areEquals(a[key], b[key]))
        return false;
    }
    return true;
  }
  return a !== a && b !== b;
}

// node_modules/fast-json-patch/module/duplex.mjs
var duplex_exports = {};
__export(duplex_exports, {
  compare: () => compare,
  generate: () => generate,
  observe: () => observe,
  unobserve: () => unobserve
});
var beforeDict = /* @__PURE__ */ new WeakMap();
var Mirror = (
  /** @class */
  /* @__PURE__ */ (function() {
    function Mirror2(obj2) {
      this.observers = /* @__PURE__ */ new Map();
      this.obj = obj2;
    }
    return Mirror2;
  })()
);
var ObserverInfo = (
  /** @class */
  /* @__PURE__ */ (function() {
    function ObserverInfo2(callback, observer) {
      this.callback = callback;
      this.observer = observer;
    }
    return ObserverInfo2;
  })()
);
function getMirror(obj2) {
  return beforeDict.get(obj2);
}
function getObserverFromMirror(mirror, callback) {
  return mirror.observers.get(callback);
}
function removeObserverFromMirror(mirror, observer) {
  mirror.observers.delete(observer.callback);
}
function unobserve(root, observer) {
  observer.unobserve();
}
function observe(obj2, callback) {
  var patches = [];
  var observer;
  var mirror = getMirror(obj2);
  if (!mirror) {
    mirror = new Mirror(obj2);
    beforeDict.set(obj2, mirror);
  } else {
    var observerInfo = getObserverFromMirror(mirror, callback);
    observer = observerInfo && observerInfo.observer;
  }
  if (observer) {
    return observer;
  }
  observer = {};
  mirror.value = _deepClone(obj2);
  if (callback) {
    observer.callback = callback;
    observer.next = null;
    var dirtyCheck = function() {
      generate(observer);
    };
    var fastCheck = function() {
      clearTimeout(observer.next);
      observer.next = setTimeout(dirtyCheck);
    };
    if (typeof window !== "undefined") {
      window.addEventListener("mouseup", fastCheck);
      window.addEventListener("keyup", fastCheck);
      window.addEventListener("mousedown", fastCheck);
      window.addEventListener("keydown", fastCheck);
      window.addEventListener("change", fastCheck);
    }
  }
  observer.patches = patches;
  observer.object = obj2;
  observer.unobserve = function() {
    generate(observer);
    clearTimeout(observer.next);
    removeObserverFromMirror(mirror, observer);
    if (typeof window !== "undefined") {
      window.removeEventListener("mouseup", fastCheck);
      window.removeEventListener("keyup", fastCheck);
      window.removeEventListener("mousedown", fastCheck);
      window.removeEventListener("keydown", fastCheck);
      window.removeEventListener("change", fastCheck);
    }
  };
  mirror.observers.set(callback, new ObserverInfo(callback, observer));
  return observer;
}
function generate(observer, invertible) {
  if (invertible === void 0) {
    invertible = false;
  }
  var mirror = beforeDict.get(observer.object);
  _generate(mirror.value, observer.object, observer.patches, "", invertible);
  if (observer.patches.length) {
    applyPatch(mirror.value, observer.patches);
  }
  var temp = observer.patches;
  if (temp.length > 0) {
    observer.patches = [];
    if (observer.callback) {
      observer.callback(temp);
    }
  }
  return temp;
}
function _generate(mirror, obj2, patches, path, invertible) {
  if (obj2 === mirror) {
    return;
  }
  if (typeof obj2.toJSON === "function") {
    obj2 = obj2.toJSON();
  }
  var newKeys = _objectKeys(obj2);
  var oldKeys = _objectKeys(mirror);
  var changed = false;
  var deleted = false;
  for (var t = oldKeys.length - 1; t >= 0; t--) {
    var key = oldKeys[t];
    var oldVal = mirror[key];
    if (hasOwnProperty(obj2, key) && !(obj2[key] === void 0 && oldVal !== void 0 && Array.isArray(obj2) === false)) {
      var newVal = obj2[key];
      if (typeof oldVal == "object" && oldVal != null && typeof newVal == "object" && newVal != null && Array.isArray(oldVal) === Array.isArray(newVal)) {
        _generate(oldVal, newVal, patches, path + "/" + escapePathComponent(key), invertible);
      } else {
        if (oldVal !== newVal) {
          changed = true;
          if (invertible) {
            patches.push({ op: "test", path: path + "/" + escapePathComponent(key), value: _deepClone(oldVal) });
          }
          patches.push({ op: "replace", path: path + "/" + escapePathComponent(key), value: _deepClone(newVal) });
        }
      }
    } else if (Array.isArray(mirror) === Array.isArray(obj2)) {
      if (invertible) {
        patches.push({ op: "test", path: path + "/" + escapePathComponent(key), value: _deepClone(oldVal) });
      }
      patches.push({ op: "remove", path: path + "/" + escapePathComponent(key) });
      deleted = true;
    } else {
      if (invertible) {
        patches.push({ op: "test", path, value: mirror });
      }
      patches.push({ op: "replace", path, value: obj2 });
      changed = true;
    }
  }
  if (!deleted && newKeys.length == oldKeys.length) {
    return;
  }
  for (var t = 0; t < newKeys.length; t++) {
    var key = newKeys[t];
    if (!hasOwnProperty(mirror, key) && obj2[key] !== void 0) {
      patches.push({ op: "add", path: path + "/" + escapePathComponent(key), value: _deepClone(obj2[key]) });
    }
  }
}
function compare(tree1, tree2, invertible) {
  if (invertible === void 0) {
    invertible = false;
  }
  var patches = [];
  _generate(tree1, tree2, patches, "", invertible);
  return patches;
}

// node_modules/fast-json-patch/index.mjs
var fast_json_patch_default = Object.assign({}, core_exports, duplex_exports, {
  JsonPatchError: PatchError,
  deepClone: _deepClone,
  escapePathComponent,
  unescapePathComponent
});

// src/model/failure.ts
var RunFailure = class extends Error {
  reason;
  constructor(reason, message, options) {
    super(message, options);
    this.name = "RunFailure";
    this.reason = reason;
  }
};

// node_modules/axios/lib/helpers/bind.js
function bind(fn, thisArg) {
  return function wrap() {
    return fn.apply(thisArg, arguments);
  };
}

// node_modules/axios/lib/utils.js
var { toString } = Object.prototype;
var { getPrototypeOf } = Object;
var { iterator, toStringTag } = Symbol;
var hasOwnProperty2 = (({ hasOwnProperty: hasOwnProperty3 }) => (obj2, prop) => hasOwnProperty3.call(obj2, prop))(Object.prototype);
var isUnsafeObjectKey = (prop) => typeof prop === "string" && (prop === "__proto__" || prop === "constructor" || prop === "prototype");
var isPrototypeBoundary = (obj2, prototype2, source) => obj2 === Object.prototype || !source && prototype2 === null;
var isSafeAndFullyMutable = (obj2) => {
  if (!Object.isExtensible(obj2)) {
    return false;
  }
  const props = Object.getOwnPropertyNames(obj2);
  if (Object.getOwnPropertySymbols) {
    props.push(...Object.getOwnPropertySymbols(obj2));
  }
  return props.every((prop) => {
    if (isUnsafeObjectKey(prop)) {
      return false;
    }
    const descriptor = Object.getOwnPropertyDescriptor(obj2, prop);
    return !!descriptor && descriptor.configurable && descriptor.writable === true;
  });
};
var hasOwnInPrototypeChain = (thing, prop) => {
  let obj2 = thing;
  const seen = [];
  while (obj2 != null) {
    if (seen.indexOf(obj2) !== -1) {
      return false;
    }
    seen.push(obj2);
    const prototype2 = getPrototypeOf(obj2);
    if (isPrototypeBoundary(obj2, prototype2, obj2 === thing)) {
      return false;
    }
    if (hasOwnProperty2(obj2, prop)) {
      return true;
    }
    obj2 = prototype2;
  }
  return false;
};
var getSafeProp = (obj2, prop) => obj2 != null && hasOwnInPrototypeChain(obj2, prop) ? obj2[prop] : void 0;
var toSafeFlatObject = (thing) => {
  if (thing == null || typeof thing !== "object" && typeof thing !== "function") {
    return thing;
  }
  const sourcePrototype = getPrototypeOf(thing);
  if (sourcePrototype === null && isSafeAndFullyMutable(thing)) {
    return thing;
  }
  const result = /* @__PURE__ */ Object.create(null);
  const merged = /* @__PURE__ */ Object.create(null);
  const seen = [];
  let current = thing;
  while (current != null) {
    if (seen.indexOf(current) !== -1) {
      break;
    }
    seen.push(current);
    const prototype2 = current === thing ? sourcePrototype : getPrototypeOf(current);
    if (isPrototypeBoundary(current, prototype2, current === thing)) {
      break;
    }
    const props = Object.getOwnPropertyNames(current);
    if (Object.getOwnPropertySymbols) {
      props.push(...Object.getOwnPropertySymbols(current));
    }
    for (const prop of props) {
      if (isUnsafeObjectKey(prop)) {
        continue;
      }
      if (!hasOwnProperty2(merged, prop)) {
        result[prop] = thing[prop];
        merged[prop] = true;
      }
    }
    current = prototype2;
  }
  return result;
};
var kindOf = /* @__PURE__ */ ((cache) => (thing) => {
  const str2 = toString.call(thing);
  return cache[str2] || (cache[str2] = str2.slice(8, -1).toLowerCase());
})(/* @__PURE__ */ Object.create(null));
var kindOfTest = (type) => {
  type = type.toLowerCase();
  return (thing) => kindOf(thing) === type;
};
var typeOfTest = (type) => (thing) => typeof thing === type;
var { isArray } = Array;
var isUndefined = typeOfTest("undefined");
function isBuffer(val) {
  return val !== null && !isUndefined(val) && val.constructor !== null && !isUndefined(val.constructor) && isFunction(val.constructor.isBuffer) && val.constructor.isBuffer(val);
}
var isArrayBuffer = kindOfTest("ArrayBuffer");
function isArrayBufferView(val) {
  let result;
  if (typeof ArrayBuffer !== "undefined" && ArrayBuffer.isView) {
    result = ArrayBuffer.isView(val);
  } else {
    result = val && val.buffer && isArrayBuffer(val.buffer);
  }
  return result;
}
var isString = typeOfTest("string");
var isFunction = typeOfTest("function");
var isNumber = typeOfTest("number");
var isObject = (thing) => thing !== null && typeof thing === "object";
var isBoolean = (thing) => thing === true || thing === false;
var isPlainObject = (val) => {
  if (!isObject(val)) {
    return false;
  }
  const prototype2 = getPrototypeOf(val);
  return (prototype2 === null || prototype2 === Object.prototype || getPrototypeOf(prototype2) === null) && // Treat own Symbol.toStringTag or Symbol.iterator members as evidence the
  // value is tagged/iterable, ignoring members reachable only through shared
  // or terminal prototype boundaries. This is exactly what
  // hasOwnInPrototypeChain(val, prop) computes here: every prototype admitted
  // above (null, Object.prototype, or a terminal null-prototype template) is
  // a boundary, so the walk never inspects anything but `val`'s own members,
  // and stops before even those when `val` is itself the boundary
  // Object.prototype. Checking that inline avoids allocating the walker's
  // `seen` list twice per call on the mergeConfig / merge hot path.
  (isPrototypeBoundary(val, prototype2, true) || !hasOwnProperty2(val, toStringTag) && !hasOwnProperty2(val, iterator));
};
var isEmptyObject = (val) => {
  if (!isObject(val) || isBuffer(val)) {
    return false;
  }
  try {
    return Object.keys(val).length === 0 && Object.getPrototypeOf(val) === Object.prototype;
  } catch (e) {
    return false;
  }
};
var isDate = kindOfTest("Date");
var isFile = kindOfTest("File");
var isReactNativeBlob = (value2) => {
  return !!(value2 && typeof value2.uri !== "undefined");
};
var isReactNative = (formData) => formData && typeof formData.getParts !== "undefined";
var isBlob = kindOfTest("Blob");
var isFileList = kindOfTest("FileList");
var isSet = kindOfTest("Set");
var isStream = (val) => isObject(val) && isFunction(val.pipe);
function getGlobal() {
  if (typeof globalThis !== "undefined") return globalThis;
  if (typeof self !== "undefined") return self;
  if (typeof window !== "undefined") return window;
  if (typeof global !== "undefined") return global;
  return {};
}
var G = getGlobal();
var formDataCtor;
var FormDataCtor = () => formDataCtor ??= typeof G.FormData !== "undefined" ? G.FormData : null;
var isFormData = (thing) => {
  if (!thing) return false;
  const proto = getPrototypeOf(thing);
  if (!proto || proto === Object.prototype) return false;
  if (!isFunction(thing.append)) return false;
  if (FormDataCtor() && thing instanceof FormDataCtor()) return true;
  const kind = kindOf(thing);
  return kind === "formdata" || // detect form-data instance
  kind === "object" && isFunction(thing.toString) && thing.toString() === "[object FormData]";
};
var isURLSearchParams = kindOfTest("URLSearchParams");
var [isReadableStream, isRequest, isResponse, isHeaders] = [
  "ReadableStream",
  "Request",
  "Response",
  "Headers"
].map(kindOfTest);
var trim = (str2) => {
  return str2.trim ? str2.trim() : str2.replace(/^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g, "");
};
function forEach(obj2, fn, { allOwnKeys = false } = {}) {
  if (obj2 === null || typeof obj2 === "undefined") {
    return;
  }
  let i;
  let l;
  if (typeof obj2 !== "object") {
    obj2 = [obj2];
  }
  if (isArray(obj2)) {
    for (i = 0, l = obj2.length; i < l; i++) {
      fn.call(null, obj2[i], i, obj2);
    }
  } else {
    if (isBuffer(obj2)) {
      return;
    }
    const keys = allOwnKeys ? Object.getOwnPropertyNames(obj2) : Object.keys(obj2);
    const len = keys.length;
    let key;
    for (i = 0; i < len; i++) {
      key = keys[i];
      fn.call(null, obj2[key], key, obj2);
    }
  }
}
function findKey(obj2, key) {
  if (isBuffer(obj2)) {
    return null;
  }
  key = key.toLowerCase();
  const keys = Object.keys(obj2);
  let i = keys.length;
  let _key;
  while (i-- > 0) {
    _key = keys[i];
    if (key === _key.toLowerCase()) {
      return _key;
    }
  }
  return null;
}
var _global = (() => {
  if (typeof globalThis !== "undefined") return globalThis;
  return typeof self !== "undefined" ? self : typeof window !== "undefined" ? window : global;
})();
var isContextDefined = (context) => !isUndefined(context) && context !== _global;
function merge(...objs) {
  const { caseless, skipUndefined } = isContextDefined(this) && this || {};
  const result = {};
  const lowerCaseKeys = caseless ? /* @__PURE__ */ Object.create(null) : null;
  const assignValue = (val, key) => {
    if (key === "__proto__" || key === "constructor" || key === "prototype") {
      return;
    }
    let targetKey = key;
    if (lowerCaseKeys && typeof key === "string") {
      const lowerKey = key.toLowerCase();
      const knownKey = lowerCaseKeys[lowerKey];
      if (knownKey !== void 0 && hasOwnProperty2(result, knownKey)) {
        targetKey = knownKey;
      } else {
        lowerCaseKeys[lowerKey] = key;
      }
    }
    const existing = hasOwnProperty2(result, targetKey) ? result[targetKey] : void 0;
    if (isPlainObject(existing) && isPlainObject(val)) {
      result[targetKey] = merge(existing, val);
    } else if (isPlainObject(val)) {
      result[targetKey] = merge({}, val);
    } else if (isArray(val)) {
      result[targetKey] = val.slice();
    } else if (!skipUndefined || !isUndefined(val)) {
      result[targetKey] = val;
    }
  };
  for (let i = 0, l = objs.length; i < l; i++) {
    const source = objs[i];
    if (!source || isBuffer(source)) {
      continue;
    }
    forEach(source, assignValue);
    if (typeof source !== "object" || isArray(source) || !Object.getOwnPropertySymbols) {
      continue;
    }
    const symbols = Object.getOwnPropertySymbols(source);
    for (let j = 0; j < symbols.length; j++) {
      const symbol = symbols[j];
      if (propertyIsEnumerable.call(source, symbol)) {
        assignValue(source[symbol], symbol);
      }
    }
  }
  return result;
}
var extend = (a, b, thisArg, { allOwnKeys } = {}) => {
  forEach(
    b,
    (val, key) => {
      if (thisArg && isFunction(val)) {
        Object.defineProperty(a, key, {
          // Null-proto descriptor so a polluted Object.prototype.get cannot
          // hijack defineProperty's accessor-vs-data resolution.
          __proto__: null,
          value: bind(val, thisArg),
          writable: true,
          enumerable: true,
          configurable: true
        });
      } else {
        Object.defineProperty(a, key, {
          __proto__: null,
          value: val,
          writable: true,
          enumerable: true,
          configurable: true
        });
      }
    },
    { allOwnKeys }
  );
  return a;
};
var stripBOM = (content) => {
  if (content.charCodeAt(0) === 65279) {
    content = content.slice(1);
  }
  return content;
};
var inherits = (constructor, superConstructor, props, descriptors) => {
  constructor.prototype = Object.create(superConstructor.prototype, descriptors);
  Object.defineProperty(constructor.prototype, "constructor", {
    __proto__: null,
    value: constructor,
    writable: true,
    enumerable: false,
    configurable: true
  });
  Object.defineProperty(constructor, "super", {
    __proto__: null,
    value: superConstructor.prototype
  });
  props && Object.assign(constructor.prototype, props);
};
var toFlatObject = (sourceObj, destObj, filter2, propFilter) => {
  let props;
  let i;
  let prop;
  const merged = {};
  destObj = destObj || {};
  if (sourceObj == null) return destObj;
  do {
    props = Object.getOwnPropertyNames(sourceObj);
    i = props.length;
    while (i-- > 0) {
      prop = props[i];
      if ((!propFilter || propFilter(prop, sourceObj, destObj)) && !merged[prop]) {
        destObj[prop] = sourceObj[prop];
        merged[prop] = true;
      }
    }
    sourceObj = filter2 !== false && getPrototypeOf(sourceObj);
  } while (sourceObj && (!filter2 || filter2(sourceObj, destObj)) && sourceObj !== Object.prototype);
  return destObj;
};
var endsWith = (str2, searchString, position) => {
  str2 = String(str2);
  if (position === void 0 || position > str2.length) {
    position = str2.length;
  }
  position -= searchString.length;
  const lastIndex = str2.indexOf(searchString, position);
  return lastIndex !== -1 && lastIndex === position;
};
var toArray = (thing) => {
  if (!thing) return null;
  if (isArray(thing)) return thing;
  let i = thing.length;
  if (!Number.isSafeInteger(i) || i < 0 || i > 4294967295) return null;
  const indexes = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  let source = thing;
  while (source != null && indexes.size < i) {
    if (seen.has(source)) return null;
    seen.add(source);
    const prototype2 = getPrototypeOf(source);
    if (isPrototypeBoundary(source, prototype2, source === thing)) break;
    Object.getOwnPropertyNames(source).forEach((key) => {
      const index = +key;
      if (Number.isInteger(index) && index >= 0 && index < i && String(index) === key && hasOwnProperty2(source, key)) {
        indexes.add(index);
      }
    });
    source = prototype2;
  }
  if (indexes.size !== i) return null;
  const arr2 = new Array(i);
  while (i-- > 0) {
    arr2[i] = thing[i];
  }
  return arr2;
};
var isTypedArray = /* @__PURE__ */ ((TypedArray) => {
  return (thing) => {
    return TypedArray && thing instanceof TypedArray;
  };
})(typeof Uint8Array !== "undefined" && getPrototypeOf(Uint8Array));
var forEachEntry = (obj2, fn) => {
  const generator = obj2 && obj2[iterator];
  const _iterator = generator.call(obj2);
  let result;
  while ((result = _iterator.next()) && !result.done) {
    const pair = result.value;
    fn.call(obj2, pair[0], pair[1]);
  }
};
var matchAll = (regExp, str2) => {
  let matches;
  const arr2 = [];
  while ((matches = regExp.exec(str2)) !== null) {
    arr2.push(matches);
  }
  return arr2;
};
var isHTMLForm = kindOfTest("HTMLFormElement");
var toCamelCase = (str2) => {
  return str2.toLowerCase().replace(/[-_\s]([a-z\d])(\w*)/g, function replacer(m, p1, p2) {
    return p1.toUpperCase() + p2;
  });
};
var { propertyIsEnumerable } = Object.prototype;
var isRegExp = kindOfTest("RegExp");
var reduceDescriptors = (obj2, reducer) => {
  const descriptors = Object.getOwnPropertyDescriptors(obj2);
  const reducedDescriptors = {};
  forEach(descriptors, (descriptor, name) => {
    let ret;
    if ((ret = reducer(descriptor, name, obj2)) !== false) {
      reducedDescriptors[name] = ret || descriptor;
    }
  });
  Object.defineProperties(obj2, reducedDescriptors);
};
var freezeMethods = (obj2) => {
  reduceDescriptors(obj2, (descriptor, name) => {
    if (isFunction(obj2) && ["arguments", "caller", "callee"].includes(name)) {
      return false;
    }
    const value2 = obj2[name];
    if (!isFunction(value2)) return;
    descriptor.enumerable = false;
    if ("writable" in descriptor) {
      descriptor.writable = false;
      return;
    }
    if (!descriptor.set) {
      descriptor.set = () => {
        throw Error("Can not rewrite read-only method '" + name + "'");
      };
    }
  });
};
var toObjectSet = (arrayOrString, delimiter) => {
  const obj2 = {};
  const define = (arr2) => {
    arr2.forEach((value2) => {
      obj2[value2] = true;
    });
  };
  isArray(arrayOrString) ? define(arrayOrString) : define(String(arrayOrString).split(delimiter));
  return obj2;
};
var noop = () => {
};
var toFiniteNumber = (value2, defaultValue) => {
  return value2 != null && Number.isFinite(value2 = +value2) ? value2 : defaultValue;
};
function isSpecCompliantForm(thing) {
  return !!(thing && isFunction(thing.append) && thing[toStringTag] === "FormData" && thing[iterator]);
}
var toJSONObject = (obj2) => {
  const visited = /* @__PURE__ */ new WeakSet();
  const visit2 = (source) => {
    if (isObject(source)) {
      if (visited.has(source)) {
        return;
      }
      if (isBuffer(source)) {
        return source;
      }
      if (!("toJSON" in source)) {
        visited.add(source);
        let target;
        if (isSet(source)) {
          target = [];
          for (const value2 of source) {
            const reducedValue = visit2(value2);
            !isUndefined(reducedValue) && target.push(reducedValue);
          }
        } else {
          target = isArray(source) ? [] : {};
          forEach(source, (value2, key) => {
            const reducedValue = visit2(value2);
            !isUndefined(reducedValue) && (target[key] = reducedValue);
          });
        }
        visited.delete(source);
        return target;
      }
    }
    return source;
  };
  return visit2(obj2);
};
var isAsyncFn = kindOfTest("AsyncFunction");
var isThenable = (thing) => thing && (isObject(thing) || isFunction(thing)) && isFunction(thing.then) && isFunction(thing.catch);
var _setImmediate = ((setImmediateSupported, postMessageSupported) => {
  if (setImmediateSupported) {
    return setImmediate;
  }
  return postMessageSupported ? ((token2, callbacks) => {
    _global.addEventListener(
      "message",
      ({ source, data }) => {
        if (source === _global && data === token2) {
          callbacks.length && callbacks.shift()();
        }
      },
      false
    );
    return (cb) => {
      callbacks.push(cb);
      _global.postMessage(token2, "*");
    };
  })(`axios@${Math.random()}`, []) : (cb) => setTimeout(cb);
})(typeof setImmediate === "function", isFunction(_global.postMessage));
var asap = typeof queueMicrotask !== "undefined" ? queueMicrotask.bind(_global) : typeof process !== "undefined" && process.nextTick || _setImmediate;
var isIterable = (thing) => thing != null && isFunction(thing[iterator]);
var isSafeIterable = (thing) => thing != null && hasOwnInPrototypeChain(thing, iterator) && isIterable(thing);
var utils_default = {
  isArray,
  isArrayBuffer,
  isBuffer,
  isFormData,
  isArrayBufferView,
  isString,
  isNumber,
  isBoolean,
  isObject,
  isPlainObject,
  isEmptyObject,
  isReadableStream,
  isRequest,
  isResponse,
  isHeaders,
  isUndefined,
  isDate,
  isFile,
  isReactNativeBlob,
  isReactNative,
  isBlob,
  isRegExp,
  isFunction,
  isStream,
  isURLSearchParams,
  isTypedArray,
  isFileList,
  forEach,
  merge,
  extend,
  trim,
  stripBOM,
  inherits,
  toFlatObject,
  kindOf,
  kindOfTest,
  endsWith,
  toArray,
  forEachEntry,
  matchAll,
  isHTMLForm,
  hasOwnProperty: hasOwnProperty2,
  hasOwnProp: hasOwnProperty2,
  // an alias to avoid ESLint no-prototype-builtins detection
  hasOwnInPrototypeChain,
  getSafeProp,
  toSafeFlatObject,
  reduceDescriptors,
  freezeMethods,
  toObjectSet,
  toCamelCase,
  noop,
  toFiniteNumber,
  findKey,
  global: _global,
  isContextDefined,
  isSpecCompliantForm,
  toJSONObject,
  isAsyncFn,
  isThenable,
  setImmediate: _setImmediate,
  asap,
  isIterable,
  isSafeIterable
};

// node_modules/axios/lib/helpers/parseHeaders.js
var ignoreDuplicateOf = utils_default.toObjectSet([
  "age",
  "authorization",
  "content-length",
  "content-type",
  "etag",
  "expires",
  "from",
  "host",
  "if-modified-since",
  "if-unmodified-since",
  "last-modified",
  "location",
  "max-forwards",
  "proxy-authorization",
  "referer",
  "retry-after",
  "user-agent"
]);
var parseHeaders_default = (rawHeaders) => {
  const parsed = /* @__PURE__ */ Object.create(null);
  let key;
  let val;
  let i;
  rawHeaders && rawHeaders.split("\n").forEach(function parser(line) {
    i = line.indexOf(":");
    key = line.substring(0, i).trim().toLowerCase();
    val = line.substring(i + 1).trim();
    const hasKey = utils_default.hasOwnProp(parsed, key);
    if (!key || hasKey && utils_default.hasOwnProp(ignoreDuplicateOf, key)) {
      return;
    }
    if (key === "set-cookie") {
      if (hasKey) {
        parsed[key].push(val);
      } else {
        parsed[key] = [val];
      }
    } else {
      parsed[key] = hasKey ? parsed[key] + ", " + val : val;
    }
  });
  return parsed;
};

// node_modules/axios/lib/helpers/sanitizeHeaderValue.js
function trimSPorHTAB(str2) {
  let start = 0;
  let end = str2.length;
  while (start < end) {
    const code = str2.charCodeAt(start);
    if (code !== 9 && code !== 32) {
      break;
    }
    start += 1;
  }
  while (end > start) {
    const code = str2.charCodeAt(end - 1);
    if (code !== 9 && code !== 32) {
      break;
    }
    end -= 1;
  }
  return start === 0 && end === str2.length ? str2 : str2.slice(start, end);
}
var INVALID_UNICODE_HEADER_VALUE_CHARS = new RegExp("[\\u0000-\\u0008\\u000a-\\u001f\\u007f]+", "g");
var INVALID_BYTE_STRING_HEADER_VALUE_CHARS = new RegExp("[^\\u0009\\u0020-\\u007e\\u0080-\\u00ff]+", "g");
function sanitizeValue(value2, invalidChars) {
  if (utils_default.isArray(value2)) {
    return value2.map((item) => sanitizeValue(item, invalidChars));
  }
  return trimSPorHTAB(String(value2).replace(invalidChars, ""));
}
var sanitizeHeaderValue = (value2) => sanitizeValue(value2, INVALID_UNICODE_HEADER_VALUE_CHARS);
var sanitizeByteStringHeaderValue = (value2) => sanitizeValue(value2, INVALID_BYTE_STRING_HEADER_VALUE_CHARS);
function toByteStringHeaderObject(headers) {
  const byteStringHeaders = /* @__PURE__ */ Object.create(null);
  utils_default.forEach(headers.toJSON(), (value2, header) => {
    byteStringHeaders[header] = sanitizeByteStringHeaderValue(value2);
  });
  return byteStringHeaders;
}

// node_modules/axios/lib/core/AxiosHeaders.js
var $internals = /* @__PURE__ */ Symbol("internals");
function normalizeHeader(header) {
  return header && String(header).trim().toLowerCase();
}
function normalizeValue(value2) {
  if (value2 === false || value2 == null) {
    return value2;
  }
  return utils_default.isArray(value2) ? value2.map(normalizeValue) : sanitizeHeaderValue(String(value2));
}
function parseTokens(str2) {
  const tokens = /* @__PURE__ */ Object.create(null);
  const tokensRE = /([^\s,;=]+)\s*(?:=\s*([^,;]+))?/g;
  let match;
  while (match = tokensRE.exec(str2)) {
    tokens[match[1]] = match[2];
  }
  return tokens;
}
var parameterNameRE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function trimOWS(value2) {
  let start = 0;
  let end = value2.length;
  while (start < end) {
    const code = value2.charCodeAt(start);
    if (code !== 9 && code !== 32) {
      break;
    }
    start += 1;
  }
  while (end > start) {
    const code = value2.charCodeAt(end - 1);
    if (code !== 9 && code !== 32) {
      break;
    }
    end -= 1;
  }
  return start === 0 && end === value2.length ? value2 : value2.slice(start, end);
}
function decodeQuotedString(value2) {
  const last = value2.length - 1;
  if (last < 1 || value2.charCodeAt(0) !== 34 || value2.charCodeAt(last) !== 34) {
    return value2;
  }
  let decoded = "";
  for (let i = 1; i < last; i++) {
    const code = value2.charCodeAt(i);
    if (code === 34) {
      return value2;
    }
    if (code === 92) {
      i += 1;
      if (i >= last) {
        return value2;
      }
    }
    decoded += value2[i];
  }
  return decoded;
}
function parseParameters(value2) {
  const parameters = /* @__PURE__ */ Object.create(null);
  const str2 = String(value2);
  let start = 0;
  let quoted = false;
  let escaped = false;
  function parseParameter(end) {
    const part = trimOWS(str2.slice(start, end));
    const equals = part.indexOf("=");
    if (equals < 1) {
      return;
    }
    const name = trimOWS(part.slice(0, equals));
    if (!parameterNameRE.test(name)) {
      return;
    }
    const normalizedName = name.toLowerCase();
    if (normalizedName === "__proto__" || normalizedName === "constructor" || normalizedName === "prototype") {
      return;
    }
    const parameterValue = trimOWS(part.slice(equals + 1));
    parameters[normalizedName] = decodeQuotedString(parameterValue);
  }
  for (let i = 0; i < str2.length; i++) {
    const code = str2.charCodeAt(i);
    if (quoted) {
      if (escaped) {
        escaped = false;
      } else if (code === 92) {
        escaped = true;
      } else if (code === 34) {
        quoted = false;
      }
    } else if (code === 34) {
      quoted = true;
    } else if (code === 44 || code === 59) {
      parseParameter(i);
      start = i + 1;
    }
  }
  parseParameter(str2.length);
  return parameters;
}
var isValidHeaderName = (str2) => /^[-_a-zA-Z0-9^`|~,!#$%&'*+.]+$/.test(str2.trim());
var PROTO_HEADER_SLOT = "__Proto__";
var headerSlot = (name) => name === "__proto__" ? PROTO_HEADER_SLOT : name;
function matchHeaderValue(context, value2, header, filter2, isHeaderNameFilter) {
  if (utils_default.isFunction(filter2)) {
    return filter2.call(context, value2, header);
  }
  if (isHeaderNameFilter) {
    value2 = header;
  }
  if (!utils_default.isString(value2)) return;
  if (utils_default.isString(filter2)) {
    return value2.indexOf(filter2) !== -1;
  }
  if (utils_default.isRegExp(filter2)) {
    return filter2.test(value2);
  }
}
function formatHeader(header) {
  return header.trim().toLowerCase().replace(/([a-z\d])(\w*)/g, (w, char, str2) => {
    return char.toUpperCase() + str2;
  });
}
function buildAccessors(obj2, header) {
  const accessorName = utils_default.toCamelCase(" " + header);
  ["get", "set", "has"].forEach((methodName) => {
    Object.defineProperty(obj2, methodName + accessorName, {
      // Null-proto descriptor so a polluted Object.prototype.get cannot turn
      // this data descriptor into an accessor descriptor on the way in.
      __proto__: null,
      value: function(arg1, arg2, arg3) {
        return this[methodName].call(this, header, arg1, arg2, arg3);
      },
      configurable: true
    });
  });
}
var AxiosHeaders = class {
  constructor(headers) {
    headers && this.set(headers);
  }
  set(header, valueOrRewrite, rewrite) {
    const self2 = this;
    function setHeader(_value, _header, _rewrite) {
      const lHeader = normalizeHeader(_header);
      if (!lHeader) {
        return;
      }
      const key = utils_default.findKey(self2, lHeader);
      if (!key || self2[key] === void 0 || _rewrite === true || _rewrite === void 0 && self2[key] !== false) {
        self2[headerSlot(key || _header)] = normalizeValue(_value);
      }
    }
    const setHeaders = (headers, _rewrite) => utils_default.forEach(headers, (_value, _header) => setHeader(_value, _header, _rewrite));
    if (utils_default.isPlainObject(header) || header instanceof this.constructor) {
      setHeaders(header, valueOrRewrite);
    } else if (utils_default.isString(header) && (header = header.trim()) && !isValidHeaderName(header)) {
      setHeaders(parseHeaders_default(header), valueOrRewrite);
    } else if (utils_default.isObject(header) && utils_default.isSafeIterable(header)) {
      let obj2 = /* @__PURE__ */ Object.create(null), dest, key;
      for (const entry of header) {
        if (!utils_default.isArray(entry)) {
          throw new TypeError("Object iterator must return a key-value pair");
        }
        key = entry[0];
        if (utils_default.hasOwnProp(obj2, key)) {
          dest = obj2[key];
          obj2[key] = utils_default.isArray(dest) ? [...dest, entry[1]] : [dest, entry[1]];
        } else {
          obj2[key] = entry[1];
        }
      }
      setHeaders(obj2, valueOrRewrite);
    } else {
      header != null && setHeader(valueOrRewrite, header, rewrite);
    }
    return this;
  }
  get(header, parser) {
    header = normalizeHeader(header);
    if (header) {
      const key = utils_default.findKey(this, header);
      if (key) {
        const value2 = this[key];
        if (!parser) {
          return value2;
        }
        if (parser === true) {
          return parseTokens(value2);
        }
        if (utils_default.isFunction(parser)) {
          return parser.call(this, value2, key);
        }
        if (utils_default.isRegExp(parser)) {
          return parser.exec(value2);
        }
        throw new TypeError("parser must be boolean|regexp|function");
      }
    }
  }
  has(header, matcher) {
    header = normalizeHeader(header);
    if (header) {
      const key = utils_default.findKey(this, header);
      return !!(key && this[key] !== void 0 && (!matcher || matchHeaderValue(this, this[key], key, matcher)));
    }
    return false;
  }
  delete(header, matcher) {
    const self2 = this;
    let deleted = false;
    function deleteHeader(_header) {
      _header = normalizeHeader(_header);
      if (_header) {
        const key = utils_default.findKey(self2, _header);
        if (key && (!matcher || matchHeaderValue(self2, self2[key], key, matcher))) {
          delete self2[key];
          deleted = true;
        }
      }
    }
    if (utils_default.isArray(header)) {
      header.forEach(deleteHeader);
    } else {
      deleteHeader(header);
    }
    return deleted;
  }
  clear(matcher) {
    const keys = Object.keys(this);
    let i = keys.length;
    let deleted = false;
    while (i--) {
      const key = keys[i];
      if (!matcher || matchHeaderValue(this, this[key], key, matcher, true)) {
        delete this[key];
        deleted = true;
      }
    }
    return deleted;
  }
  normalize(format) {
    const self2 = this;
    const headers = /* @__PURE__ */ Object.create(null);
    utils_default.forEach(this, (value2, header) => {
      const key = utils_default.findKey(headers, header);
      if (key) {
        self2[key] = normalizeValue(value2);
        delete self2[header];
        return;
      }
      const normalized = headerSlot(format ? formatHeader(header) : String(header).trim());
      if (normalized !== header) {
        delete self2[header];
      }
      self2[normalized] = normalizeValue(value2);
      headers[normalized] = true;
    });
    return this;
  }
  concat(...targets) {
    return this.constructor.concat(this, ...targets);
  }
  toJSON(asStrings) {
    const obj2 = /* @__PURE__ */ Object.create(null);
    utils_default.forEach(this, (value2, header) => {
      value2 != null && value2 !== false && (obj2[header] = asStrings && utils_default.isArray(value2) ? value2.join(", ") : value2);
    });
    return obj2;
  }
  [Symbol.iterator]() {
    return Object.entries(this.toJSON())[Symbol.iterator]();
  }
  toString() {
    return Object.entries(this.toJSON()).map(([header, value2]) => header + ": " + value2).join("\n");
  }
  getSetCookie() {
    const value2 = this.get("set-cookie");
    return utils_default.isArray(value2) ? value2 : value2 == null || value2 === false ? [] : [value2];
  }
  get [Symbol.toStringTag]() {
    return "AxiosHeaders";
  }
  static from(thing) {
    return thing instanceof this ? thing : new this(thing);
  }
  static parseParameters(value2) {
    return parseParameters(value2);
  }
  static concat(first, ...targets) {
    const computed = new this(first);
    targets.forEach((target) => computed.set(target));
    return computed;
  }
  static accessor(header) {
    const internals = this[$internals] = this[$internals] = {
      accessors: {}
    };
    const accessors = internals.accessors;
    const prototype2 = this.prototype;
    function defineAccessor(_header) {
      const lHeader = normalizeHeader(_header);
      if (!accessors[lHeader]) {
        buildAccessors(prototype2, _header);
        accessors[lHeader] = true;
      }
    }
    utils_default.isArray(header) ? header.forEach(defineAccessor) : defineAccessor(header);
    return this;
  }
};
AxiosHeaders.accessor([
  "Content-Type",
  "Content-Length",
  "Accept",
  "Accept-Encoding",
  "User-Agent",
  "Authorization"
]);
utils_default.reduceDescriptors(AxiosHeaders.prototype, ({ value: value2 }, key) => {
  let mapped = key[0].toUpperCase() + key.slice(1);
  return {
    get: () => value2,
    set(headerValue) {
      this[mapped] = headerValue;
    }
  };
});
utils_default.freezeMethods(AxiosHeaders);
var AxiosHeaders_default = AxiosHeaders;

// node_modules/axios/lib/core/AxiosError.js
var REDACTED = "[REDACTED ****]";
function hasOwnOrPrototypeToJSON(source) {
  if (utils_default.hasOwnProp(source, "toJSON")) {
    return true;
  }
  let prototype2 = Object.getPrototypeOf(source);
  while (prototype2 && prototype2 !== Object.prototype) {
    if (utils_default.hasOwnProp(prototype2, "toJSON")) {
      return true;
    }
    prototype2 = Object.getPrototypeOf(prototype2);
  }
  return false;
}
function redactConfig(config, redactKeys) {
  const lowerKeys = new Set(redactKeys.map((k) => String(k).toLowerCase()));
  const seen = [];
  const visit2 = (source) => {
    if (source === null || typeof source !== "object") return source;
    if (utils_default.isBuffer(source)) return source;
    if (seen.indexOf(source) !== -1) return void 0;
    if (source instanceof AxiosHeaders_default) {
      source = source.toJSON();
    }
    seen.push(source);
    let result;
    if (utils_default.isArray(source)) {
      result = [];
      source.forEach((v, i) => {
        const reducedValue = visit2(v);
        if (!utils_default.isUndefined(reducedValue)) {
          result[i] = reducedValue;
        }
      });
    } else {
      if (!utils_default.isPlainObject(source) && hasOwnOrPrototypeToJSON(source)) {
        seen.pop();
        return source;
      }
      result = /* @__PURE__ */ Object.create(null);
      for (const [key, value2] of Object.entries(source)) {
        const reducedValue = lowerKeys.has(key.toLowerCase()) ? REDACTED : visit2(value2);
        if (!utils_default.isUndefined(reducedValue)) {
          result[key] = reducedValue;
        }
      }
    }
    seen.pop();
    return result;
  };
  return visit2(config);
}
function stringifySafely(value2) {
  try {
    return String(value2);
  } catch (err) {
    return "";
  }
}
function aggregateErrorMessage(error) {
  const message = error.errors.map((entry) => {
    try {
      return entry && entry.message ? stringifySafely(entry.message) : stringifySafely(entry);
    } catch (err) {
      return "";
    }
  }).filter(Boolean).join("; ");
  return message || error.name || "AggregateError";
}
var CAUSED_BY_SEPARATOR = "\nCaused by: ";
var $causeStack = /* @__PURE__ */ Symbol("causeStack");
function getCauseStackIndex(error, stack) {
  const causeStack = utils_default.hasOwnProp(error, $causeStack) && error[$causeStack];
  return causeStack && stack.endsWith(causeStack) ? stack.length - causeStack.length : -1;
}
function appendCauseStack(target, source) {
  try {
    const sourceStack = source && source.stack;
    if (typeof sourceStack !== "string" || !sourceStack) {
      return;
    }
    const targetStack = target.stack;
    if (typeof targetStack !== "string" || !targetStack) {
      return;
    }
    const causeStack = CAUSED_BY_SEPARATOR + sourceStack;
    target.stack = targetStack + causeStack;
    Object.defineProperty(target, $causeStack, { __proto__: null, value: causeStack });
  } catch (e) {
  }
}
var AxiosError = class _AxiosError extends Error {
  static from(error, code, config, request, response, customProps) {
    let message = error.message;
    if (!message && utils_default.isArray(error.errors) && error.errors.length) {
      message = aggregateErrorMessage(error);
    }
    const axiosError = new _AxiosError(message, code || error.code, config, request, response);
    Object.defineProperty(axiosError, "cause", {
      __proto__: null,
      value: error,
      writable: true,
      enumerable: false,
      configurable: true
    });
    axiosError.name = error.name;
    appendCauseStack(axiosError, error);
    if (error.status != null && axiosError.status == null) {
      axiosError.status = error.status;
    }
    customProps && Object.assign(axiosError, customProps);
    return axiosError;
  }
  /**
   * Create an Error with the specified message, config, error code, request and response.
   *
   * @param {string} message The error message.
   * @param {string} [code] The error code (for example, 'ECONNABORTED').
   * @param {Object} [config] The config.
   * @param {Object} [request] The request.
   * @param {Object} [response] The response.
   *
   * @returns {Error} The created error.
   */
  constructor(message, code, config, request, response) {
    super(message);
    Object.defineProperty(this, "message", {
      // Null-proto descriptor so a polluted Object.prototype.get cannot turn
      // this data descriptor into an accessor descriptor on the way in.
      __proto__: null,
      value: message,
      enumerable: true,
      writable: true,
      configurable: true
    });
    this.name = "AxiosError";
    this.isAxiosError = true;
    code && (this.code = code);
    config && (this.config = config);
    request && (this.request = request);
    if (response) {
      this.response = response;
      this.status = response.status;
    }
  }
  toJSON() {
    const config = this.config;
    const redactKeys = config && utils_default.hasOwnProp(config, "redact") ? config.redact : void 0;
    const serializedConfig = utils_default.isArray(redactKeys) && redactKeys.length > 0 ? redactConfig(config, redactKeys) : utils_default.toJSONObject(config);
    return {
      // Standard
      message: this.message,
      name: this.name,
      // Microsoft
      description: this.description,
      number: this.number,
      // Mozilla
      fileName: this.fileName,
      lineNumber: this.lineNumber,
      columnNumber: this.columnNumber,
      stack: this.stack,
      // Axios
      config: serializedConfig,
      code: this.code,
      status: this.status
    };
  }
};
AxiosError.ERR_BAD_OPTION_VALUE = "ERR_BAD_OPTION_VALUE";
AxiosError.ERR_BAD_OPTION = "ERR_BAD_OPTION";
AxiosError.ECONNABORTED = "ECONNABORTED";
AxiosError.ETIMEDOUT = "ETIMEDOUT";
AxiosError.ECONNREFUSED = "ECONNREFUSED";
AxiosError.ERR_NETWORK = "ERR_NETWORK";
AxiosError.ERR_FR_TOO_MANY_REDIRECTS = "ERR_FR_TOO_MANY_REDIRECTS";
AxiosError.ERR_DEPRECATED = "ERR_DEPRECATED";
AxiosError.ERR_BAD_RESPONSE = "ERR_BAD_RESPONSE";
AxiosError.ERR_BAD_REQUEST = "ERR_BAD_REQUEST";
AxiosError.ERR_CANCELED = "ERR_CANCELED";
AxiosError.ERR_NOT_SUPPORT = "ERR_NOT_SUPPORT";
AxiosError.ERR_INVALID_URL = "ERR_INVALID_URL";
AxiosError.ERR_FORM_DATA_DEPTH_EXCEEDED = "ERR_FORM_DATA_DEPTH_EXCEEDED";
var AxiosError_default = AxiosError;

// node_modules/axios/lib/platform/node/classes/FormData.js
var import_form_data = __toESM(require_form_data(), 1);
var FormData_default = import_form_data.default;

// node_modules/axios/lib/platform/node/classes/Buffer.js
var Buffer_default = {
  isBufferAvailable() {
    return typeof Buffer !== "undefined";
  },
  from(value2) {
    return Buffer.from(value2);
  }
};

// node_modules/axios/lib/helpers/toFormData.js
var DEFAULT_FORM_DATA_MAX_DEPTH = 100;
function isVisitable(thing) {
  return utils_default.isPlainObject(thing) || utils_default.isArray(thing);
}
function removeBrackets(key) {
  return utils_default.endsWith(key, "[]") ? key.slice(0, -2) : key;
}
function renderKey(path, key, dots) {
  if (!path) return key;
  return path.concat(key).map(function each(token2, i) {
    token2 = removeBrackets(token2);
    return !dots && i ? "[" + token2 + "]" : token2;
  }).join(dots ? "." : "");
}
function isFlatArray(arr2) {
  return utils_default.isArray(arr2) && !arr2.some(isVisitable);
}
var predicates = utils_default.toFlatObject(utils_default, {}, null, function filter(prop) {
  return /^is[A-Z]/.test(prop);
});
function toFormData(obj2, formData, options) {
  if (!utils_default.isObject(obj2)) {
    throw new TypeError("target must be an object");
  }
  formData = formData || new (FormData_default || FormData)();
  const option = (name, fallback) => {
    const value2 = utils_default.getSafeProp(options, name);
    return utils_default.isUndefined(value2) ? fallback : value2;
  };
  const metaTokens = option("metaTokens", true);
  const visitor = option("visitor") || defaultVisitor;
  const dots = option("dots", false);
  const indexes = option("indexes", false);
  const _Blob = option("Blob") || typeof Blob !== "undefined" && Blob;
  const maxDepth = option("maxDepth", DEFAULT_FORM_DATA_MAX_DEPTH);
  const useBlob = _Blob && utils_default.isSpecCompliantForm(formData);
  const stack = [];
  if (!utils_default.isFunction(visitor)) {
    throw new TypeError("visitor must be a function");
  }
  function convertValue(value2) {
    if (value2 === null) return "";
    if (utils_default.isDate(value2)) {
      return value2.toISOString();
    }
    if (utils_default.isBoolean(value2)) {
      return value2.toString();
    }
    if (!useBlob && utils_default.isBlob(value2)) {
      throw new AxiosError_default("Blob is not supported. Use a Buffer instead.");
    }
    if (utils_default.isArrayBuffer(value2) || utils_default.isTypedArray(value2)) {
      if (useBlob && typeof _Blob === "function") {
        return new _Blob([value2]);
      }
      if (Buffer_default && Buffer_default.isBufferAvailable()) {
        return Buffer_default.from(value2);
      }
      throw new AxiosError_default(
        "Blob is not supported. Use a Buffer instead.",
        AxiosError_default.ERR_NOT_SUPPORT
      );
    }
    return value2;
  }
  function throwIfMaxDepthExceeded(depth) {
    if (depth > maxDepth) {
      throw new AxiosError_default(
        "Object is too deeply nested (" + depth + " levels). Max depth: " + maxDepth,
        AxiosError_default.ERR_FORM_DATA_DEPTH_EXCEEDED
      );
    }
  }
  function stringifyWithDepthLimit(value2, depth) {
    if (maxDepth === Infinity) {
      return JSON.stringify(value2);
    }
    const ancestors = [];
    return JSON.stringify(value2, function limitDepth(_key, currentValue) {
      if (!utils_default.isObject(currentValue)) {
        return currentValue;
      }
      while (ancestors.length && ancestors[ancestors.length - 1] !== this) {
        ancestors.pop();
      }
      ancestors.push(currentValue);
      throwIfMaxDepthExceeded(depth + ancestors.length - 1);
      return currentValue;
    });
  }
  function defaultVisitor(value2, key, path) {
    let arr2 = value2;
    if (utils_default.isReactNative(formData) && utils_default.isReactNativeBlob(value2)) {
      formData.append(renderKey(path, key, dots), convertValue(value2));
      return false;
    }
    if (value2 && !path && typeof value2 === "object") {
      if (utils_default.endsWith(key, "{}")) {
        key = metaTokens ? key : key.slice(0, -2);
        value2 = stringifyWithDepthLimit(value2, 1);
      } else if (utils_default.isArray(value2) && isFlatArray(value2) || (utils_default.isFileList(value2) || utils_default.endsWith(key, "[]")) && (arr2 = utils_default.toArray(value2))) {
        key = removeBrackets(key);
        arr2.forEach(function each(el, index) {
          !(utils_default.isUndefined(el) || el === null) && formData.append(
            // eslint-disable-next-line no-nested-ternary
            indexes === true ? renderKey([key], index, dots) : indexes === null ? key : key + "[]",
            convertValue(el)
          );
        });
        return false;
      }
    }
    if (isVisitable(value2)) {
      return true;
    }
    formData.append(renderKey(path, key, dots), convertValue(value2));
    return false;
  }
  const exposedHelpers = Object.assign(predicates, {
    defaultVisitor,
    convertValue,
    isVisitable
  });
  function build(value2, path, depth = 0) {
    if (utils_default.isUndefined(value2)) return;
    throwIfMaxDepthExceeded(depth);
    if (stack.indexOf(value2) !== -1) {
      throw new Error("Circular reference detected in " + path.join("."));
    }
    stack.push(value2);
    utils_default.forEach(value2, function each(el, key) {
      const result = !(utils_default.isUndefined(el) || el === null) && visitor.call(formData, el, utils_default.isString(key) ? key.trim() : key, path, exposedHelpers);
      if (result === true) {
        build(el, path ? path.concat(key) : [key], depth + 1);
      }
    });
    stack.pop();
  }
  if (!utils_default.isObject(obj2)) {
    throw new TypeError("data must be an object");
  }
  build(obj2);
  return formData;
}
var toFormData_default = toFormData;

// node_modules/axios/lib/helpers/AxiosURLSearchParams.js
function encode(str2) {
  const charMap = {
    "!": "%21",
    "'": "%27",
    "(": "%28",
    ")": "%29",
    "~": "%7E",
    "%20": "+"
  };
  return encodeURIComponent(str2).replace(/[!'()~]|%20/g, function replacer(match) {
    return charMap[match];
  });
}
function AxiosURLSearchParams(params, options) {
  this._pairs = [];
  params && toFormData_default(params, this, options);
}
var prototype = AxiosURLSearchParams.prototype;
prototype.append = function append(name, value2) {
  this._pairs.push([name, value2]);
};
prototype.toString = function toString2(encoder) {
  const _encode = encoder ? (value2) => encoder.call(this, value2, encode) : encode;
  return this._pairs.map(function each(pair) {
    return _encode(pair[0]) + "=" + _encode(pair[1]);
  }, "").join("&");
};
var AxiosURLSearchParams_default = AxiosURLSearchParams;

// node_modules/axios/lib/helpers/buildURL.js
function encode2(val) {
  return encodeURIComponent(val).replace(/%3A/gi, ":").replace(/%24/g, "$").replace(/%2C/gi, ",").replace(/%20/g, "+");
}
function buildURL(url2, params, options) {
  if (!params) {
    return url2;
  }
  url2 = url2 || "";
  const _options = utils_default.isFunction(options) ? {
    serialize: options
  } : options;
  const _encode = utils_default.getSafeProp(_options, "encode") || encode2;
  const serializeFn = utils_default.getSafeProp(_options, "serialize");
  let serializedParams;
  if (serializeFn) {
    serializedParams = serializeFn(params, _options);
  } else {
    serializedParams = utils_default.isURLSearchParams(params) ? params.toString() : new AxiosURLSearchParams_default(params, _options).toString(_encode);
  }
  if (serializedParams) {
    const hashmarkIndex = url2.indexOf("#");
    if (hashmarkIndex !== -1) {
      url2 = url2.slice(0, hashmarkIndex);
    }
    url2 += (url2.indexOf("?") === -1 ? "?" : "&") + serializedParams;
  }
  return url2;
}

// node_modules/axios/lib/core/InterceptorManager.js
var $internals2 = /* @__PURE__ */ Symbol("internals");
function countHandlers(handlers) {
  return handlers ? handlers.length : 0;
}
function trimHandlers(handlers) {
  if (!handlers) {
    return;
  }
  while (handlers.length && handlers[handlers.length - 1] === null) {
    handlers.pop();
  }
}
function normalizeHandlerId(id) {
  if (typeof id === "string" && id !== "" && String(Number(id)) === id) {
    return Number(id);
  }
  return id;
}
function syncHandlerEntries(manager, internals) {
  const handlers = manager.handlers;
  const length = countHandlers(handlers);
  if (handlers !== internals.handlersRef) {
    internals.handlersRef = handlers;
    internals.handlerEntries.clear();
  } else if (length !== internals.handlersLength) {
    if (!length) {
      internals.handlerEntries.clear();
    } else {
      internals.handlerEntries.forEach(function removeStaleEntry(entry, id) {
        if (handlers[entry.index] !== entry.handler) {
          internals.handlerEntries.delete(id);
        }
      });
    }
  }
  internals.handlersLength = length;
}
var InterceptorManager = class {
  constructor() {
    this.handlers = [];
    this[$internals2] = {
      handlersRef: this.handlers,
      handlersLength: this.handlers.length,
      handlerEntries: /* @__PURE__ */ new Map(),
      iterationDepth: 0,
      nextId: 0
    };
  }
  /**
   * Add a new interceptor to the stack
   *
   * @param {Function} fulfilled The function to handle `then` for a `Promise`
   * @param {Function} rejected The function to handle `reject` for a `Promise`
   * @param {Object} options The options for the interceptor, synchronous and runWhen
   *
   * @return {Number} An ID used to remove interceptor later
   */
  use(fulfilled, rejected, options) {
    const handler = {
      fulfilled,
      rejected,
      synchronous: options ? options.synchronous : false,
      runWhen: options ? options.runWhen : null
    };
    const internals = this[$internals2];
    if (this.handlers == null) {
      this.handlers = [];
    }
    syncHandlerEntries(this, internals);
    const id = internals.nextId++;
    this.handlers.push(handler);
    internals.handlerEntries.set(id, {
      handler,
      index: this.handlers.length - 1
    });
    internals.handlersLength = this.handlers.length;
    return id;
  }
  /**
   * Remove an interceptor from the stack
   *
   * @param {Number} id The ID that was returned by `use`
   *
   * @returns {void}
   */
  eject(id) {
    const internals = this[$internals2];
    syncHandlerEntries(this, internals);
    const handlerId = normalizeHandlerId(id);
    const entry = internals.handlerEntries.get(handlerId);
    if (entry) {
      internals.handlerEntries.delete(handlerId);
      if (this.handlers[entry.index] !== entry.handler) {
        return;
      }
      this.handlers[entry.index] = null;
      if (!internals.iterationDepth) {
        trimHandlers(this.handlers);
        internals.handlersLength = this.handlers.length;
      }
    }
  }
  /**
   * Clear all interceptors from the stack
   *
   * @returns {void}
   */
  clear() {
    if (this.handlers) {
      this.handlers = [];
      syncHandlerEntries(this, this[$internals2]);
    }
  }
  /**
   * Iterate over all the registered interceptors
   *
   * This method is particularly useful for skipping over any
   * interceptors that may have become `null` calling `eject`.
   *
   * @param {Function} fn The function to call for each interceptor
   *
   * @returns {void}
   */
  forEach(fn) {
    const internals = this[$internals2];
    syncHandlerEntries(this, internals);
    internals.iterationDepth++;
    try {
      utils_default.forEach(this.handlers, function forEachHandler(h) {
        if (h !== null) {
          fn(h);
        }
      });
    } finally {
      if (!--internals.iterationDepth) {
        syncHandlerEntries(this, internals);
        trimHandlers(this.handlers);
        internals.handlersLength = countHandlers(this.handlers);
      }
    }
  }
};
var InterceptorManager_default = InterceptorManager;

// node_modules/axios/lib/defaults/transitional.js
var transitional_default = {
  silentJSONParsing: true,
  forcedJSONParsing: true,
  clarifyTimeoutError: false,
  legacyInterceptorReqResOrdering: true,
  advertiseZstdAcceptEncoding: false,
  validateStatusUndefinedResolves: true,
  encodeBasicAuthUsername: false
};

// node_modules/axios/lib/platform/node/index.js
var import_crypto = __toESM(require_crypto(), 1);

// node_modules/axios/lib/platform/node/classes/URLSearchParams.js
var import_url = __toESM(require_url(), 1);
var URLSearchParams_default = import_url.default.URLSearchParams;

// node_modules/axios/lib/platform/node/index.js
var ALPHA = "abcdefghijklmnopqrstuvwxyz";
var DIGIT = "0123456789";
var ALPHABET = {
  DIGIT,
  ALPHA,
  ALPHA_DIGIT: ALPHA + ALPHA.toUpperCase() + DIGIT
};
var generateString = (size = 16, alphabet = ALPHABET.ALPHA_DIGIT) => {
  let str2 = "";
  const { length } = alphabet;
  const randomValues = new Uint32Array(size);
  import_crypto.default.randomFillSync(randomValues);
  for (let i = 0; i < size; i++) {
    str2 += alphabet[randomValues[i] % length];
  }
  return str2;
};
var node_default = {
  isNode: true,
  classes: {
    URLSearchParams: URLSearchParams_default,
    FormData: FormData_default,
    Blob: typeof Blob !== "undefined" && Blob || null
  },
  ALPHABET,
  generateString,
  protocols: ["http", "https", "file", "data"]
};

// node_modules/axios/lib/platform/common/utils.js
var utils_exports = {};
__export(utils_exports, {
  hasBrowserEnv: () => hasBrowserEnv,
  hasStandardBrowserEnv: () => hasStandardBrowserEnv,
  hasStandardBrowserWebWorkerEnv: () => hasStandardBrowserWebWorkerEnv,
  navigator: () => _navigator,
  origin: () => origin
});
var hasBrowserEnv = typeof window !== "undefined" && typeof document !== "undefined";
var _navigator = typeof navigator === "object" && navigator || void 0;
var hasStandardBrowserEnv = hasBrowserEnv && (!_navigator || ["ReactNative", "NativeScript", "NS"].indexOf(_navigator.product) < 0);
var hasStandardBrowserWebWorkerEnv = (() => {
  return typeof WorkerGlobalScope !== "undefined" && // eslint-disable-next-line no-undef
  self instanceof WorkerGlobalScope && typeof self.importScripts === "function";
})();
var origin = hasBrowserEnv && window.location.href || "http://localhost";

// node_modules/axios/lib/platform/index.js
var platform_default = {
  ...utils_exports,
  ...node_default
};

// node_modules/axios/lib/helpers/toURLEncodedForm.js
function toURLEncodedForm(data, options) {
  return toFormData_default(data, new platform_default.classes.URLSearchParams(), {
    visitor: function(value2, key, path, helpers) {
      if (platform_default.isNode && utils_default.isBuffer(value2)) {
        this.append(key, value2.toString("base64"));
        return false;
      }
      return helpers.defaultVisitor.apply(this, arguments);
    },
    ...options
  });
}

// node_modules/axios/lib/helpers/formDataToJSON.js
var MAX_DEPTH = DEFAULT_FORM_DATA_MAX_DEPTH;
function throwIfDepthExceeded(index) {
  if (index > MAX_DEPTH) {
    throw new AxiosError_default(
      "FormData field is too deeply nested (" + index + " levels). Max depth: " + MAX_DEPTH,
      AxiosError_default.ERR_FORM_DATA_DEPTH_EXCEEDED
    );
  }
}
function parsePropPath(name) {
  const path = [];
  const pattern = /[^.[\]]+|\[([^.[\]]*)]/g;
  let match;
  while ((match = pattern.exec(name)) !== null) {
    throwIfDepthExceeded(path.length);
    path.push(match[0] === "[]" ? "" : match[1] || match[0]);
  }
  return path;
}
function arrayToObject(arr2) {
  const obj2 = {};
  const keys = Object.keys(arr2);
  let i;
  const len = keys.length;
  let key;
  for (i = 0; i < len; i++) {
    key = keys[i];
    obj2[key] = arr2[key];
  }
  return obj2;
}
function normalizeArray(value2) {
  if (!utils_default.isArray(value2)) return value2;
  const keys = Object.keys(value2);
  return keys.length !== value2.length || keys.some((key, index) => key !== String(index)) ? arrayToObject(value2) : value2;
}
function normalizeArrays(obj2) {
  const pending = [obj2];
  while (pending.length) {
    const target = pending.pop();
    Object.keys(target).forEach((key) => {
      const value2 = target[key] = normalizeArray(target[key]);
      if (utils_default.isArray(value2) || utils_default.isPlainObject(value2)) {
        pending.push(value2);
      }
    });
  }
  return obj2;
}
function formDataToJSON(formData) {
  function buildPath(path, value2, target, index) {
    throwIfDepthExceeded(index);
    let name = path[index++];
    if (name === "__proto__") return true;
    const isNumericKey = Number.isFinite(+name);
    const isLast = index >= path.length;
    name = !name && utils_default.isArray(target) ? target.length : name;
    if (isLast) {
      if (utils_default.hasOwnProp(target, name)) {
        target[name] = normalizeArray(target[name]);
        target[name] = utils_default.isArray(target[name]) ? target[name].concat(value2) : [target[name], value2];
      } else {
        target[name] = value2;
      }
      return !isNumericKey;
    }
    if (!utils_default.hasOwnProp(target, name) || !utils_default.isObject(target[name])) {
      target[name] = [];
    }
    const result = buildPath(path, value2, target[name], index);
    if (result && utils_default.isArray(target[name])) {
      target[name] = arrayToObject(target[name]);
    }
    return !isNumericKey;
  }
  if (utils_default.isFormData(formData) && utils_default.isFunction(formData.entries)) {
    const obj2 = {};
    utils_default.forEachEntry(formData, (name, value2) => {
      buildPath(parsePropPath(name), value2, obj2, 0);
    });
    return normalizeArrays(obj2);
  }
  return null;
}
var formDataToJSON_default = formDataToJSON;

// node_modules/axios/lib/core/methodList.js
var methodList = Object.freeze([
  "get",
  "delete",
  "head",
  "options",
  "post",
  "put",
  "patch",
  "purge",
  "link",
  "unlink",
  "query"
]);
var methodList_default = methodList;

// node_modules/axios/lib/defaults/index.js
var own = (obj2, key) => obj2 != null && utils_default.hasOwnProp(obj2, key) ? obj2[key] : void 0;
function stringifySafely2(rawValue, parser, encoder) {
  if (utils_default.isString(rawValue)) {
    try {
      (parser || JSON.parse)(rawValue);
      return utils_default.trim(rawValue);
    } catch (e) {
      if (e.name !== "SyntaxError") {
        throw e;
      }
    }
  }
  return (encoder || JSON.stringify)(rawValue);
}
var defaults = {
  transitional: transitional_default,
  adapter: ["xhr", "http", "fetch"],
  transformRequest: [
    function transformRequest(data, headers) {
      const contentType = headers.getContentType() || "";
      const hasJSONContentType = contentType.indexOf("application/json") > -1;
      const isObjectPayload = utils_default.isObject(data);
      if (isObjectPayload && utils_default.isHTMLForm(data)) {
        data = new FormData(data);
      }
      const isFormData2 = utils_default.isFormData(data);
      if (isFormData2) {
        return hasJSONContentType ? JSON.stringify(formDataToJSON_default(data)) : data;
      }
      if (utils_default.isArrayBuffer(data) || utils_default.isBuffer(data) || utils_default.isStream(data) || utils_default.isFile(data) || utils_default.isBlob(data) || utils_default.isReadableStream(data)) {
        return data;
      }
      if (utils_default.isArrayBufferView(data)) {
        return data.buffer;
      }
      if (utils_default.isURLSearchParams(data)) {
        headers.setContentType("application/x-www-form-urlencoded;charset=utf-8", false);
        return data.toString();
      }
      let isFileList2;
      if (isObjectPayload) {
        const formSerializer = own(this, "formSerializer");
        if (contentType.indexOf("application/x-www-form-urlencoded") > -1) {
          return toURLEncodedForm(data, formSerializer).toString();
        }
        if ((isFileList2 = utils_default.isFileList(data)) || contentType.indexOf("multipart/form-data") > -1) {
          const env = own(this, "env");
          const _FormData = env && env.FormData;
          return toFormData_default(
            isFileList2 ? { "files[]": data } : data,
            _FormData && new _FormData(),
            formSerializer
          );
        }
      }
      if (isObjectPayload || hasJSONContentType) {
        headers.setContentType("application/json", false);
        return stringifySafely2(data);
      }
      return data;
    }
  ],
  transformResponse: [
    function transformResponse(data) {
      const transitional2 = own(this, "transitional") || defaults.transitional;
      const forcedJSONParsing = transitional2 && transitional2.forcedJSONParsing;
      const responseType = own(this, "responseType");
      const JSONRequested = responseType === "json";
      if (utils_default.isResponse(data) || utils_default.isReadableStream(data)) {
        return data;
      }
      if (data && utils_default.isString(data) && (forcedJSONParsing && !responseType || JSONRequested)) {
        const silentJSONParsing = transitional2 && transitional2.silentJSONParsing;
        const strictJSONParsing = !silentJSONParsing && JSONRequested;
        try {
          return JSON.parse(data, own(this, "parseReviver"));
        } catch (e) {
          if (strictJSONParsing) {
            if (e.name === "SyntaxError") {
              throw AxiosError_default.from(e, AxiosError_default.ERR_BAD_RESPONSE, this, null, own(this, "response"));
            }
            throw e;
          }
        }
      }
      return data;
    }
  ],
  /**
   * A timeout in milliseconds to abort a request. If set to 0 (default) a
   * timeout is not created.
   */
  timeout: 0,
  xsrfCookieName: "XSRF-TOKEN",
  xsrfHeaderName: "X-XSRF-TOKEN",
  maxContentLength: -1,
  maxBodyLength: -1,
  env: {
    FormData: platform_default.classes.FormData,
    Blob: platform_default.classes.Blob
  },
  validateStatus: function validateStatus(status) {
    return status >= 200 && status < 300;
  },
  headers: {
    common: {
      Accept: "application/json, text/plain, */*",
      "Content-Type": void 0
    }
  }
};
utils_default.forEach(methodList_default, (method) => {
  defaults.headers[method] = {};
});
var defaults_default = defaults;

// node_modules/axios/lib/core/transformData.js
function transformData(fns, response) {
  const config = this || defaults_default;
  const context = response || config;
  const headers = AxiosHeaders_default.from(context.headers);
  let data = context.data;
  utils_default.forEach(fns, function transform(fn) {
    data = fn.call(config, data, headers.normalize(), response ? response.status : void 0);
  });
  headers.normalize();
  return data;
}

// node_modules/axios/lib/cancel/isCancel.js
function isCancel(value2) {
  return !!(value2 && value2.__CANCEL__);
}

// node_modules/axios/lib/cancel/CanceledError.js
var CanceledError = class extends AxiosError_default {
  /**
   * A `CanceledError` is an object that is thrown when an operation is canceled.
   *
   * @param {string=} message The message.
   * @param {Object=} config The config.
   * @param {Object=} request The request.
   *
   * @returns {CanceledError} The created error.
   */
  constructor(message, config, request) {
    super(message == null ? "canceled" : message, AxiosError_default.ERR_CANCELED, config, request);
    this.name = "CanceledError";
    this.__CANCEL__ = true;
  }
};
var CanceledError_default = CanceledError;

// node_modules/axios/lib/core/settle.js
function settle(resolve3, reject, response) {
  const validateStatus2 = response.config.validateStatus;
  if (!response.status || !validateStatus2 || validateStatus2(response.status)) {
    resolve3(response);
  } else {
    reject(new AxiosError_default(
      "Request failed with status code " + response.status,
      response.status >= 400 && response.status < 500 ? AxiosError_default.ERR_BAD_REQUEST : AxiosError_default.ERR_BAD_RESPONSE,
      response.config,
      response.request,
      response
    ));
  }
}

// node_modules/axios/lib/helpers/isAbsoluteURL.js
function isAbsoluteURL(url2) {
  if (typeof url2 !== "string") {
    return false;
  }
  return /^([a-z][a-z\d+\-.]*:)?\/\//i.test(url2);
}

// node_modules/axios/lib/helpers/combineURLs.js
function combineURLs(baseURL, relativeURL) {
  if (!relativeURL) {
    return baseURL;
  }
  let end = baseURL.length;
  while (end > 0 && baseURL.charCodeAt(end - 1) === 47) {
    end--;
  }
  return baseURL.slice(0, end) + "/" + relativeURL.replace(/^\/+/, "");
}

// node_modules/axios/lib/helpers/normalizeURLForProtocolCheck.js
var urlParserControlCharacters = /[\t\n\r]/g;
function normalizeURLForProtocolCheck(url2) {
  if (typeof url2 !== "string") {
    return url2;
  }
  let start = 0;
  while (start < url2.length && url2.charCodeAt(start) <= 32) {
    start++;
  }
  return url2.slice(start).replace(urlParserControlCharacters, "");
}

// node_modules/axios/lib/core/buildFullPath.js
var malformedHttpProtocol = /^https?:(?!\/\/)/i;
function redactFragment(fragment) {
  if (!fragment) {
    return fragment;
  }
  return fragment.replace(/(^|&)([^=&]*=)?[^&]+/g, (match, separator, parameterName = "") => {
    return `${separator}${parameterName}${REDACTED}`;
  });
}
function redactSensitiveURLParts(url2) {
  const redactedURL = url2.replace(/^(https?:\/{0,2})[^/?#]*@/i, `$1${REDACTED}@`);
  const fragmentIndex = redactedURL.indexOf("#");
  const urlWithoutFragment = fragmentIndex === -1 ? redactedURL : redactedURL.slice(0, fragmentIndex);
  const redactedURLWithoutFragment = urlWithoutFragment.replace(
    /([?&][^=&#]*=)[^&#]*/g,
    `$1${REDACTED}`
  );
  if (fragmentIndex === -1) {
    return redactedURLWithoutFragment;
  }
  return `${redactedURLWithoutFragment}#${redactFragment(redactedURL.slice(fragmentIndex + 1))}`;
}
function assertValidHttpProtocolURL(url2, config) {
  if (typeof url2 === "string") {
    const normalizedURL = normalizeURLForProtocolCheck(url2);
    if (malformedHttpProtocol.test(normalizedURL)) {
      throw new AxiosError_default(
        `Invalid URL ${JSON.stringify(redactSensitiveURLParts(normalizedURL))}: missing "//" after protocol`,
        AxiosError_default.ERR_INVALID_URL,
        config
      );
    }
  }
}
function buildFullPath(baseURL, requestedURL, allowAbsoluteUrls, config) {
  assertValidHttpProtocolURL(requestedURL, config);
  let isRelativeUrl = !isAbsoluteURL(requestedURL);
  if (baseURL && (isRelativeUrl || allowAbsoluteUrls === false)) {
    assertValidHttpProtocolURL(baseURL, config);
    return combineURLs(baseURL, requestedURL);
  }
  return requestedURL;
}

// node_modules/proxy-from-env/index.js
var DEFAULT_PORTS = {
  ftp: 21,
  gopher: 70,
  http: 80,
  https: 443,
  ws: 80,
  wss: 443
};
function parseUrl(urlString) {
  try {
    return new URL(urlString);
  } catch {
    return null;
  }
}
function getProxyForUrl(url2) {
  var parsedUrl = (typeof url2 === "string" ? parseUrl(url2) : url2) || {};
  var proto = parsedUrl.protocol;
  var hostname = parsedUrl.host;
  var port = parsedUrl.port;
  if (typeof hostname !== "string" || !hostname || typeof proto !== "string") {
    return "";
  }
  proto = proto.split(":", 1)[0];
  hostname = hostname.replace(/:\d*$/, "");
  port = parseInt(port) || DEFAULT_PORTS[proto] || 0;
  if (!shouldProxy(hostname, port)) {
    return "";
  }
  var proxy = getEnv(proto + "_proxy") || getEnv("all_proxy");
  if (proxy && proxy.indexOf("://") === -1) {
    proxy = proto + "://" + proxy;
  }
  return proxy;
}
function shouldProxy(hostname, port) {
  var NO_PROXY = getEnv("no_proxy").toLowerCase();
  if (!NO_PROXY) {
    return true;
  }
  if (NO_PROXY === "*") {
    return false;
  }
  return NO_PROXY.split(/[,\s]/).every(function(proxy) {
    if (!proxy) {
      return true;
    }
    var parsedProxy = proxy.match(/^(.+):(\d+)$/);
    var parsedProxyHostname = parsedProxy ? parsedProxy[1] : proxy;
    var parsedProxyPort = parsedProxy ? parseInt(parsedProxy[2]) : 0;
    if (parsedProxyPort && parsedProxyPort !== port) {
      return true;
    }
    if (!/^[.*]/.test(parsedProxyHostname)) {
      return hostname !== parsedProxyHostname;
    }
    if (parsedProxyHostname.charAt(0) === "*") {
      parsedProxyHostname = parsedProxyHostname.slice(1);
    }
    return !hostname.endsWith(parsedProxyHostname);
  });
}
function getEnv(key) {
  return process.env[key.toLowerCase()] || process.env[key.toUpperCase()] || "";
}

// node_modules/axios/lib/adapters/http.js
var import_https_proxy_agent = __toESM(require_https_proxy_agent_on_demand(), 1);
var import_http = __toESM(require_http(), 1);
var import_https = __toESM(require_https(), 1);
var import_http22 = __toESM(require_http2(), 1);
var import_util3 = __toESM(require_util(), 1);
var import_path = __toESM(require_path(), 1);
var import_follow_redirects = __toESM(require_follow_redirects(), 1);
var import_zlib = __toESM(require_zlib(), 1);

// node_modules/axios/lib/env/data.js
var VERSION = "1.21.1";

// node_modules/axios/lib/helpers/parseProtocol.js
function parseProtocol(url2) {
  const match = /^([-+\w]{1,25}):(?:\/\/)?/.exec(url2);
  return match && match[1].toLowerCase() || "";
}

// node_modules/axios/lib/helpers/fromDataURI.js
var DATA_URL_PATTERN = /^([^,;/]+\/[^,;/]+)?((?:;[^,;=]+=[^,;]+)*)(;base64)?,([\s\S]*)$/i;
function fromDataURI(uri, asBlob, options) {
  const _Blob = options && options.Blob || platform_default.classes.Blob;
  const protocol = parseProtocol(uri);
  if (asBlob === void 0 && _Blob) {
    asBlob = true;
  }
  if (protocol === "data") {
    uri = protocol.length ? uri.slice(protocol.length + 1) : uri;
    const match = DATA_URL_PATTERN.exec(uri);
    if (!match) {
      throw new AxiosError_default("Invalid URL", AxiosError_default.ERR_INVALID_URL);
    }
    const type = match[1];
    const params = match[2];
    const encoding = match[3] ? "base64" : "utf8";
    const body = match[4];
    let mime = "";
    if (type) {
      mime = params ? type + params : type;
    } else if (params) {
      mime = "text/plain" + params;
    }
    const buffer = encoding === "base64" ? Buffer.from(
      body.replace(/%([\da-f]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
      "base64"
    ) : Buffer.from(decodeURIComponent(body), encoding);
    if (asBlob) {
      if (!_Blob) {
        throw new AxiosError_default("Blob is not supported", AxiosError_default.ERR_NOT_SUPPORT);
      }
      return new _Blob([buffer], { type: mime });
    }
    return buffer;
  }
  throw new AxiosError_default("Unsupported protocol " + protocol, AxiosError_default.ERR_NOT_SUPPORT);
}

// node_modules/axios/lib/adapters/http.js
var import_stream4 = __toESM(require_stream(), 1);

// node_modules/axios/lib/core/setFormDataHeaders.js
var FORM_DATA_CONTENT_HEADERS = ["content-type", "content-length"];
function setFormDataHeaders(headers, formHeaders, policy) {
  if (policy !== "content-only") {
    headers.set(formHeaders);
    return;
  }
  Object.entries(formHeaders || {}).forEach(([key, val]) => {
    if (FORM_DATA_CONTENT_HEADERS.includes(key.toLowerCase())) {
      headers.set(key, val);
    }
  });
}

// node_modules/axios/lib/helpers/AxiosTransformStream.js
var import_stream = __toESM(require_stream(), 1);
var kInternals = /* @__PURE__ */ Symbol("internals");
var AxiosTransformStream = class extends import_stream.default.Transform {
  constructor(options) {
    options = utils_default.toFlatObject(
      options,
      {
        maxRate: 0,
        chunkSize: 64 * 1024,
        minChunkSize: 100,
        timeWindow: 500,
        ticksRate: 2,
        samplesCount: 15
      },
      null,
      (prop, source) => {
        return !utils_default.isUndefined(source[prop]);
      }
    );
    super({
      readableHighWaterMark: options.chunkSize
    });
    const internals = this[kInternals] = {
      timeWindow: options.timeWindow,
      chunkSize: options.chunkSize,
      maxRate: options.maxRate,
      minChunkSize: options.minChunkSize,
      bytesSeen: 0,
      isCaptured: false,
      notifiedBytesLoaded: 0,
      ts: Date.now(),
      bytes: 0,
      onReadCallback: null
    };
    this.on("newListener", (event) => {
      if (event === "progress") {
        if (!internals.isCaptured) {
          internals.isCaptured = true;
        }
      }
    });
  }
  _read(size) {
    const internals = this[kInternals];
    if (internals.onReadCallback) {
      internals.onReadCallback();
    }
    return super._read(size);
  }
  _transform(chunk, encoding, callback) {
    const internals = this[kInternals];
    const maxRate = internals.maxRate;
    const readableHighWaterMark = this.readableHighWaterMark;
    const timeWindow = internals.timeWindow;
    const divider = 1e3 / timeWindow;
    const bytesThreshold = maxRate / divider;
    let minChunkSize = internals.minChunkSize !== false ? Math.max(internals.minChunkSize, bytesThreshold * 0.01) : 0;
    if (maxRate) {
      minChunkSize = Math.min(bytesThreshold, minChunkSize);
    }
    const pushChunk = (_chunk, _callback) => {
      const bytes = Buffer.byteLength(_chunk);
      internals.bytesSeen += bytes;
      internals.bytes += bytes;
      internals.isCaptured && this.emit("progress", internals.bytesSeen);
      if (this.push(_chunk)) {
        process.nextTick(_callback);
      } else {
        internals.onReadCallback = () => {
          internals.onReadCallback = null;
          process.nextTick(_callback);
        };
      }
    };
    const transformChunk = (_chunk, _callback) => {
      if (this.destroyed) {
        return _callback();
      }
      const chunkSize = Buffer.byteLength(_chunk);
      let chunkRemainder = null;
      let maxChunkSize = readableHighWaterMark;
      let bytesLeft;
      let passed = 0;
      if (maxRate) {
        const now = Date.now();
        if (!internals.ts || (passed = now - internals.ts) >= timeWindow) {
          internals.ts = now;
          bytesLeft = bytesThreshold - internals.bytes;
          internals.bytes = bytesLeft < 0 ? -bytesLeft : 0;
          passed = 0;
        }
        bytesLeft = bytesThreshold - internals.bytes;
      }
      if (maxRate) {
        if (bytesLeft <= 0) {
          return setTimeout(() => {
            _callback(null, _chunk);
          }, timeWindow - passed);
        }
        if (bytesLeft < maxChunkSize) {
          maxChunkSize = Math.max(1, Math.floor(bytesLeft));
        }
      }
      if (maxChunkSize && chunkSize > maxChunkSize && chunkSize - maxChunkSize > minChunkSize) {
        chunkRemainder = _chunk.subarray(maxChunkSize);
        _chunk = _chunk.subarray(0, maxChunkSize);
      }
      pushChunk(
        _chunk,
        chunkRemainder ? () => {
          process.nextTick(_callback, null, chunkRemainder);
        } : _callback
      );
    };
    transformChunk(chunk, function transformNextChunk(err, _chunk) {
      if (err) {
        return callback(err);
      }
      if (_chunk) {
        transformChunk(_chunk, transformNextChunk);
      } else {
        callback(null);
      }
    });
  }
};
var AxiosTransformStream_default = AxiosTransformStream;

// node_modules/axios/lib/adapters/http.js
var import_events = __toESM(require_events(), 1);

// node_modules/axios/lib/helpers/formDataToStream.js
var import_util = __toESM(require_util(), 1);
var import_stream2 = __toESM(require_stream(), 1);

// node_modules/axios/lib/helpers/readBlob.js
var { asyncIterator } = Symbol;
var readBlob = async function* (blob) {
  if (blob.stream) {
    yield* blob.stream();
  } else if (blob.arrayBuffer) {
    yield await blob.arrayBuffer();
  } else if (blob[asyncIterator]) {
    yield* blob[asyncIterator]();
  } else {
    yield blob;
  }
};
var readBlob_default = readBlob;

// node_modules/axios/lib/helpers/formDataToStream.js
var BOUNDARY_ALPHABET = platform_default.ALPHABET.ALPHA_DIGIT + "-_";
var textEncoder = typeof TextEncoder === "function" ? new TextEncoder() : new import_util.default.TextEncoder();
var CRLF = "\r\n";
var CRLF_BYTES = textEncoder.encode(CRLF);
var CRLF_BYTES_COUNT = 2;
var FormDataPart = class {
  constructor(name, value2) {
    const { escapeName } = this.constructor;
    const isStringValue = utils_default.isString(value2);
    let headers = `Content-Disposition: form-data; name="${escapeName(name)}"${!isStringValue && value2.name ? `; filename="${escapeName(value2.name)}"` : ""}${CRLF}`;
    if (isStringValue) {
      value2 = textEncoder.encode(String(value2).replace(/\r?\n|\r\n?/g, CRLF));
    } else {
      const safeType = String(value2.type || "application/octet-stream").replace(/[\r\n]/g, "");
      headers += `Content-Type: ${safeType}${CRLF}`;
    }
    this.headers = textEncoder.encode(headers + CRLF);
    this.contentLength = isStringValue ? value2.byteLength : value2.size;
    this.size = this.headers.byteLength + this.contentLength + CRLF_BYTES_COUNT;
    this.name = name;
    this.value = value2;
  }
  async *encode() {
    yield this.headers;
    const { value: value2 } = this;
    if (utils_default.isTypedArray(value2)) {
      yield value2;
    } else {
      yield* readBlob_default(value2);
    }
    yield CRLF_BYTES;
  }
  static escapeName(name) {
    return String(name).replace(
      /[\r\n"]/g,
      (match) => ({
        "\r": "%0D",
        "\n": "%0A",
        '"': "%22"
      })[match]
    );
  }
};
var formDataToStream = (form, headersHandler, options) => {
  const {
    tag = "form-data-boundary",
    size = 25,
    boundary = tag + "-" + platform_default.generateString(size, BOUNDARY_ALPHABET)
  } = options || {};
  if (!utils_default.isFormData(form)) {
    throw new TypeError("FormData instance required");
  }
  if (boundary.length < 1 || boundary.length > 70) {
    throw new Error("boundary must be 1-70 characters long");
  }
  const boundaryBytes = textEncoder.encode("--" + boundary + CRLF);
  const footerBytes = textEncoder.encode("--" + boundary + "--" + CRLF);
  let contentLength = footerBytes.byteLength;
  const parts = Array.from(form.entries()).map(([name, value2]) => {
    const part = new FormDataPart(name, value2);
    contentLength += part.size;
    return part;
  });
  contentLength += boundaryBytes.byteLength * parts.length;
  contentLength = utils_default.toFiniteNumber(contentLength);
  const computedHeaders = {
    "Content-Type": `multipart/form-data; boundary=${boundary}`
  };
  if (Number.isFinite(contentLength)) {
    computedHeaders["Content-Length"] = contentLength;
  }
  headersHandler && headersHandler(computedHeaders);
  return import_stream2.Readable.from(
    (async function* () {
      for (const part of parts) {
        yield boundaryBytes;
        yield* part.encode();
      }
      yield footerBytes;
    })()
  );
};
var formDataToStream_default = formDataToStream;

// node_modules/axios/lib/helpers/ZlibHeaderTransformStream.js
var import_stream3 = __toESM(require_stream(), 1);
var ZlibHeaderTransformStream = class extends import_stream3.default.Transform {
  __transform(chunk, encoding, callback) {
    this.push(chunk);
    callback();
  }
  _transform(chunk, encoding, callback) {
    if (chunk.length !== 0) {
      this._transform = this.__transform;
      if (chunk[0] !== 120) {
        const header = Buffer.alloc(2);
        header[0] = 120;
        header[1] = 156;
        this.push(header, encoding);
      }
    }
    this.__transform(chunk, encoding, callback);
  }
};
var ZlibHeaderTransformStream_default = ZlibHeaderTransformStream;

// node_modules/axios/lib/helpers/Http2Sessions.js
var import_http2 = __toESM(require_http2(), 1);
var import_util2 = __toESM(require_util(), 1);
var Http2Sessions = class {
  constructor() {
    this.sessions = /* @__PURE__ */ Object.create(null);
  }
  getSession(authority, options) {
    options = Object.assign(
      /* @__PURE__ */ Object.create(null),
      {
        sessionTimeout: 1e3
      },
      options
    );
    let authoritySessions = this.sessions[authority];
    if (authoritySessions) {
      let len = authoritySessions.length;
      for (let i = 0; i < len; i++) {
        const [sessionHandle, sessionOptions] = authoritySessions[i];
        if (!sessionHandle.destroyed && !sessionHandle.closed && import_util2.default.isDeepStrictEqual(sessionOptions, options)) {
          return sessionHandle;
        }
      }
    }
    const session2 = import_http2.default.connect(authority, options);
    let removed;
    let timer;
    const removeSession = () => {
      if (removed) {
        return;
      }
      removed = true;
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      let entries = authoritySessions, len = entries.length, i = len;
      while (i--) {
        if (entries[i][0] === session2) {
          if (len === 1) {
            delete this.sessions[authority];
          } else {
            entries.splice(i, 1);
          }
          if (!session2.closed) {
            session2.close();
          }
          return;
        }
      }
    };
    const originalRequestFn = session2.request;
    const { sessionTimeout } = options;
    if (sessionTimeout != null) {
      let streamsCount = 0;
      session2.request = function() {
        const stream4 = originalRequestFn.apply(this, arguments);
        streamsCount++;
        if (timer) {
          clearTimeout(timer);
          timer = null;
        }
        stream4.once("close", () => {
          if (!--streamsCount && !removed) {
            timer = setTimeout(() => {
              timer = null;
              removeSession();
            }, sessionTimeout);
          }
        });
        return stream4;
      };
    }
    session2.once("close", removeSession);
    session2.once("error", removeSession);
    session2.once("goaway", removeSession);
    let entry = [session2, options];
    authoritySessions ? authoritySessions.push(entry) : authoritySessions = this.sessions[authority] = [entry];
    return session2;
  }
};
var Http2Sessions_default = Http2Sessions;

// node_modules/axios/lib/helpers/callbackify.js
var callbackify = (fn, reducer) => {
  return utils_default.isAsyncFn(fn) ? function(...args) {
    const cb = args.pop();
    fn.apply(this, args).then((value2) => {
      try {
        reducer ? cb(null, ...reducer(value2)) : cb(null, value2);
      } catch (err) {
        cb(err);
      }
    }, cb);
  } : fn;
};
var callbackify_default = callbackify;

// node_modules/axios/lib/helpers/shouldBypassProxy.js
var import_url2 = __toESM(require_url(), 1);
var LOOPBACK_HOSTNAMES = /* @__PURE__ */ new Set(["localhost", "0.0.0.0"]);
var trimTrailingDots = (value2) => {
  let end = value2.length;
  while (end && value2.charCodeAt(end - 1) === 46) {
    end--;
  }
  return end === value2.length ? value2 : value2.slice(0, end);
};
var isIPv4Loopback = (host) => {
  const parts = host.split(".");
  if (parts.length !== 4) return false;
  if (parts[0] !== "127") return false;
  return parts.every((p) => /^\d+$/.test(p) && Number(p) >= 0 && Number(p) <= 255);
};
var parseIPv4Octet = (text) => {
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) {
    const n = parseInt(text.slice(2), 16);
    return Number.isFinite(n) ? n : null;
  }
  if (text.length > 1 && /^0[0-7]+$/.test(text)) {
    const n = parseInt(text, 8);
    return Number.isFinite(n) ? n : null;
  }
  if (text.length > 1 && /^0[0-9]+$/.test(text)) {
    return null;
  }
  if (/^[0-9]+$/.test(text)) {
    const n = parseInt(text, 10);
    return Number.isFinite(n) ? n : null;
  }
  return null;
};
var normalizeIPAddress = (host) => {
  if (typeof host !== "string" || !host || host.indexOf(":") !== -1) {
    return host;
  }
  let h = host;
  if (h.charAt(0) === "[" && h.charAt(h.length - 1) === "]") {
    h = h.slice(1, -1);
  }
  h = trimTrailingDots(h);
  if (!/^[0-9.xXa-fA-F]+$/.test(h)) return host;
  const parts = h.split(".");
  if (parts.some((p) => p === "")) return host;
  if (parts.length === 4) {
    const octets = parts.map(parseIPv4Octet);
    if (octets.some((n) => n === null || n < 0 || n > 255)) return host;
    return octets.join(".");
  }
  if (parts.length > 4) {
    return host;
  }
  if (parts.length === 1) return host;
  const literalOctets = parts.slice(0, -1);
  const tail = parts[parts.length - 1];
  const tailSlots = 4 - literalOctets.length;
  const tailValue = parseIPv4Octet(tail);
  if (tailValue === null) return host;
  const maxTail = (1 << 8 * tailSlots) - 1;
  if (tailValue < 0 || tailValue > maxTail) return host;
  const tailOctets = new Array(tailSlots).fill(0);
  for (let i = tailSlots - 1, v = tailValue; i >= 0; i--, v >>= 8) {
    tailOctets[i] = v & 255;
  }
  const literal = literalOctets.map(parseIPv4Octet);
  if (literal.some((n) => n === null || n < 0 || n > 255)) return host;
  return [...literal, ...tailOctets].join(".");
};
var isIPv6ZeroGroup = (group) => /^0{1,4}$/.test(group);
var isIPv6Unspecified = (host) => {
  if (host === "::") return true;
  const compressionIndex = host.indexOf("::");
  if (compressionIndex !== -1) {
    if (compressionIndex !== host.lastIndexOf("::")) return false;
    const left = host.slice(0, compressionIndex);
    const right = host.slice(compressionIndex + 2);
    const leftGroups = left ? left.split(":") : [];
    const rightGroups = right ? right.split(":") : [];
    const explicitGroups = leftGroups.length + rightGroups.length;
    return explicitGroups < 8 && leftGroups.every(isIPv6ZeroGroup) && rightGroups.every(isIPv6ZeroGroup);
  }
  const groups = host.split(":");
  return groups.length === 8 && groups.every(isIPv6ZeroGroup);
};
var isIPv6Loopback = (host) => {
  if (host === "::1") return true;
  const v4MappedDotted = host.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (v4MappedDotted) return isIPv4Loopback(v4MappedDotted[1]);
  const v4MappedHex = host.match(/^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i);
  if (v4MappedHex) {
    const high = parseInt(v4MappedHex[1], 16);
    return high >= 32512 && high <= 32767;
  }
  const groups = host.split(":");
  if (groups.length === 8) {
    for (let i = 0; i < 7; i++) {
      if (!/^0+$/.test(groups[i])) return false;
    }
    return /^0*1$/.test(groups[7]);
  }
  return false;
};
var isLoopback = (host) => {
  if (!host) return false;
  if (LOOPBACK_HOSTNAMES.has(host)) return true;
  if (isIPv4Loopback(host)) return true;
  if (isIPv6Unspecified(host)) return true;
  return isIPv6Loopback(host);
};
var DEFAULT_PORTS2 = {
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
  ftp: 21
};
var parseNoProxyEntry = (entry) => {
  let entryHost = entry;
  let entryPort = 0;
  if (entryHost.charAt(0) === "[") {
    const bracketIndex = entryHost.indexOf("]");
    if (bracketIndex !== -1) {
      const host = entryHost.slice(1, bracketIndex);
      const rest = entryHost.slice(bracketIndex + 1);
      if (rest.charAt(0) === ":" && /^\d+$/.test(rest.slice(1))) {
        entryPort = Number.parseInt(rest.slice(1), 10);
      }
      return [host, entryPort];
    }
  }
  const firstColon = entryHost.indexOf(":");
  const lastColon = entryHost.lastIndexOf(":");
  if (firstColon !== -1 && firstColon === lastColon && /^\d+$/.test(entryHost.slice(lastColon + 1))) {
    entryPort = Number.parseInt(entryHost.slice(lastColon + 1), 10);
    entryHost = entryHost.slice(0, lastColon);
  }
  return [entryHost, entryPort];
};
var IPV4_MAPPED_DOTTED_RE = /^(?:::|(?:0{1,4}:){1,4}:|(?:0{1,4}:){5})ffff:(\d+\.\d+\.\d+\.\d+)$/i;
var IPV4_MAPPED_HEX_RE = /^(?:::|(?:0{1,4}:){1,4}:|(?:0{1,4}:){5})ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;
var unmapIPv4MappedIPv6 = (host) => {
  if (typeof host !== "string" || host.indexOf(":") === -1) return host;
  const dotted = host.match(IPV4_MAPPED_DOTTED_RE);
  if (dotted) return dotted[1];
  const hex = host.match(IPV4_MAPPED_HEX_RE);
  if (hex) {
    const high = parseInt(hex[1], 16);
    const low = parseInt(hex[2], 16);
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return host;
};
var IPV4_OCTET_RE = /^(?:0|[1-9]\d{0,2})$/;
var ipv4ToBytes = (host) => {
  const parts = host.split(".");
  return parts.length === 4 && parts.every((part) => IPV4_OCTET_RE.test(part) && Number(part) <= 255) ? parts.map(Number) : null;
};
var IPV6_GROUP_RE = /^[0-9a-f]{1,4}$/i;
var ipv6ToBytes = (host) => {
  const halves = host.split("::");
  if (halves.length > 2) {
    return null;
  }
  const groups = halves[0] ? halves[0].split(":") : [];
  if (halves.length === 2) {
    const rear = halves[1] ? halves[1].split(":") : [];
    const missing = 8 - groups.length - rear.length;
    if (missing < 1) {
      return null;
    }
    groups.push(...new Array(missing).fill("0"), ...rear);
  }
  if (groups.length !== 8 || groups.some((group) => !IPV6_GROUP_RE.test(group))) {
    return null;
  }
  return groups.flatMap((group) => {
    const value2 = Number.parseInt(group, 16);
    return [value2 >> 8 & 255, value2 & 255];
  });
};
var ipToBytes = (host) => {
  if (typeof host !== "string" || !host) {
    return null;
  }
  return host.indexOf(":") !== -1 ? ipv6ToBytes(host) : ipv4ToBytes(host);
};
var normalizeNoProxyHost = (hostname) => {
  if (!hostname) {
    return hostname;
  }
  if (hostname.charAt(0) === "[" && hostname.charAt(hostname.length - 1) === "]") {
    hostname = hostname.slice(1, -1);
  }
  let trimmed = trimTrailingDots(hostname);
  if (trimmed.indexOf(":") !== -1) {
    try {
      trimmed = new URL("http://[" + trimmed + "]/").hostname.slice(1, -1);
    } catch (_err) {
      return trimmed;
    }
  } else if (/[\u0080-\uffff]/.test(trimmed)) {
    const prefix = /^[*.]+/.exec(trimmed);
    const start = prefix ? prefix[0] : "";
    const ascii = (0, import_url2.domainToASCII)(trimmed.slice(start.length));
    if (!ascii) return "";
    trimmed = start + trimTrailingDots(ascii);
  }
  const ipv4 = normalizeIPAddress(trimmed);
  if (ipv4 !== trimmed) {
    return ipv4;
  }
  return unmapIPv4MappedIPv6(trimmed);
};
var normalizeCidrBase = (input) => {
  let base = input;
  const startsBracket = base.charAt(0) === "[";
  const endsBracket = base.charAt(base.length - 1) === "]";
  const hasBracket = base.includes("[") || base.includes("]");
  if (startsBracket || endsBracket) {
    if (!startsBracket || !endsBracket) {
      return null;
    }
    base = base.slice(1, -1);
    if (base.indexOf(":") === -1 || base.includes("[") || base.includes("]")) {
      return null;
    }
  } else if (hasBracket) {
    return null;
  }
  if (!base || base.charAt(base.length - 1) === ".") {
    return null;
  }
  const wasIPv6 = base.indexOf(":") !== -1;
  if (wasIPv6) {
    try {
      base = new URL(`http://[${base}]/`).hostname.slice(1, -1);
    } catch (_err) {
      return null;
    }
  } else {
    base = normalizeIPAddress(base);
    if (!ipv4ToBytes(base)) {
      return null;
    }
  }
  return { normalized: unmapIPv4MappedIPv6(base), wasIPv6 };
};
var CIDR_ENTRY_RE = /^(.+)\/(0|[1-9]\d{0,2})$/;
var parseCidrEntry = (entry) => {
  if (entry.indexOf("/") === -1) {
    return void 0;
  }
  const match = CIDR_ENTRY_RE.exec(entry);
  if (!match) {
    return null;
  }
  let prefix = Number(match[2]);
  const parsedBase = normalizeCidrBase(match[1]);
  if (!parsedBase) {
    return null;
  }
  const { normalized, wasIPv6 } = parsedBase;
  if (wasIPv6 && normalized.indexOf(":") === -1) {
    if (prefix < 96) {
      return null;
    }
    prefix -= 96;
  }
  const bytes = ipToBytes(normalized);
  if (!bytes || prefix > bytes.length * 8) {
    return null;
  }
  return { bytes, prefix };
};
var isInSubnet = (addressBytes, networkBytes, prefix) => {
  const fullBytes = prefix >> 3;
  for (let i = 0; i < fullBytes; i++) {
    if (addressBytes[i] !== networkBytes[i]) {
      return false;
    }
  }
  const remainingBits = prefix & 7;
  if (remainingBits) {
    const mask = 255 << 8 - remainingBits & 255;
    if ((addressBytes[fullBytes] & mask) !== (networkBytes[fullBytes] & mask)) {
      return false;
    }
  }
  return true;
};
function shouldBypassProxy(location) {
  let parsed;
  try {
    parsed = new URL(location);
  } catch (_err) {
    return false;
  }
  const noProxy = (process.env.no_proxy || process.env.NO_PROXY || "").toLowerCase();
  if (!noProxy) {
    return false;
  }
  if (noProxy === "*") {
    return true;
  }
  const port = Number.parseInt(parsed.port, 10) || DEFAULT_PORTS2[parsed.protocol.split(":", 1)[0]] || 0;
  const hostname = normalizeNoProxyHost(parsed.hostname.toLowerCase());
  const hostnameBytes = ipToBytes(hostname);
  return noProxy.split(/[\s,]+/).some((entry) => {
    if (!entry) {
      return false;
    }
    if (entry === "*") {
      return true;
    }
    const cidr = parseCidrEntry(entry);
    if (cidr !== void 0) {
      return cidr !== null && !!hostnameBytes && hostnameBytes.length === cidr.bytes.length && isInSubnet(hostnameBytes, cidr.bytes, cidr.prefix);
    }
    let [entryHost, entryPort] = parseNoProxyEntry(entry);
    entryHost = normalizeNoProxyHost(entryHost);
    if (!entryHost) {
      return false;
    }
    if (entryPort && entryPort !== port) {
      return false;
    }
    if (entryHost.charAt(0) === "*") {
      entryHost = entryHost.slice(1);
    }
    if (entryHost.charAt(0) === ".") {
      return hostname.endsWith(entryHost);
    }
    return hostname === entryHost || isLoopback(hostname) && isLoopback(entryHost);
  });
}

// node_modules/axios/lib/helpers/speedometer.js
function speedometer(samplesCount, min) {
  samplesCount = samplesCount || 10;
  const bytes = new Array(samplesCount);
  const timestamps = new Array(samplesCount);
  let head = 0;
  let tail = 0;
  let firstSampleTS;
  min = min !== void 0 ? min : 1e3;
  return function push(chunkLength) {
    const now = Date.now();
    const startedAt = timestamps[tail];
    if (!firstSampleTS) {
      firstSampleTS = now;
    }
    bytes[head] = chunkLength;
    timestamps[head] = now;
    let i = tail;
    let bytesCount = 0;
    while (i !== head) {
      bytesCount += bytes[i++];
      i = i % samplesCount;
    }
    head = (head + 1) % samplesCount;
    if (head === tail) {
      tail = (tail + 1) % samplesCount;
    }
    if (now - firstSampleTS < min) {
      return;
    }
    const passed = startedAt && now - startedAt;
    return passed ? Math.round(bytesCount * 1e3 / passed) : void 0;
  };
}
var speedometer_default = speedometer;

// node_modules/axios/lib/helpers/throttle.js
function throttle(fn, freq) {
  let timestamp = 0;
  let threshold = 1e3 / freq;
  let lastArgs;
  let timer;
  const invoke = (args, now = Date.now()) => {
    timestamp = now;
    lastArgs = null;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    fn(...args);
  };
  const throttled = (...args) => {
    const now = Date.now();
    const passed = now - timestamp;
    if (passed >= threshold) {
      invoke(args, now);
    } else {
      lastArgs = args;
      if (!timer) {
        timer = setTimeout(() => {
          timer = null;
          invoke(lastArgs);
        }, threshold - passed);
      }
    }
  };
  const flush = () => lastArgs && invoke(lastArgs);
  const flushWith = (...args) => invoke(args);
  return [throttled, flush, flushWith];
}
var throttle_default = throttle;

// node_modules/axios/lib/helpers/progressEventReducer.js
var progressEventReducer = (listener, isDownloadStream, freq = 3) => {
  let bytesNotified = 0;
  const _speedometer = speedometer_default(50, 250);
  return throttle_default((e) => {
    if (!e || !utils_default.isNumber(e.loaded)) {
      return;
    }
    const rawLoaded = e.loaded;
    const total = e.lengthComputable ? e.total : void 0;
    const loaded = Math.max(0, total != null ? Math.min(rawLoaded, total) : rawLoaded);
    const progressBytes = Math.max(0, loaded - bytesNotified);
    const rate = _speedometer(progressBytes);
    bytesNotified = Math.max(bytesNotified, loaded);
    const data = {
      loaded,
      total,
      progress: total ? loaded / total : void 0,
      bytes: progressBytes,
      rate: rate ? rate : void 0,
      estimated: rate && total ? (total - loaded) / rate : void 0,
      event: e,
      lengthComputable: total != null,
      [isDownloadStream ? "download" : "upload"]: true
    };
    listener(data);
  }, freq);
};
var progressEventDecorator = (total, throttled) => {
  const lengthComputable = total != null;
  return [
    (loaded) => throttled[0]({
      lengthComputable,
      total,
      loaded
    }),
    throttled[1]
  ];
};
var asyncDecorator = (fn, scheduler = utils_default.asap) => (...args) => scheduler(() => fn(...args));

// node_modules/axios/lib/helpers/estimateDataURLDecodedBytes.js
var isHexDigit = (charCode) => charCode >= 48 && charCode <= 57 || charCode >= 65 && charCode <= 70 || charCode >= 97 && charCode <= 102;
var isPercentEncodedByte = (str2, i, len) => i + 2 < len && isHexDigit(str2.charCodeAt(i + 1)) && isHexDigit(str2.charCodeAt(i + 2));
var hexValue = (charCode) => charCode <= 57 ? charCode - 48 : (charCode & 223) - 55;
var estimateBase64BufferAllocation = (body) => {
  const len = body.length;
  let padding = 0;
  if (len > 0 && body.charCodeAt(len - 1) === 61) {
    padding++;
    if (len > 1 && body.charCodeAt(len - 2) === 61) {
      padding++;
    }
  }
  return Math.floor((len - padding) * 3 / 4);
};
var estimatePercentDecodedBase64BufferAllocation = (body) => {
  if (body.indexOf("%") === -1) {
    return estimateBase64BufferAllocation(body);
  }
  let length = 0;
  let previous = 0;
  let last = 0;
  for (let i = 0, len = body.length; i < len; i++) {
    let code = body.charCodeAt(i);
    if (code === 37 && isPercentEncodedByte(body, i, len)) {
      code = hexValue(body.charCodeAt(i + 1)) * 16 + hexValue(body.charCodeAt(i + 2));
      i += 2;
    }
    length++;
    previous = last;
    last = code;
  }
  const padding = last === 61 ? previous === 61 ? 2 : 1 : 0;
  return Math.floor((length - padding) * 3 / 4);
};
var estimateDataURLBytes = (url2, estimateBase64, base64Pattern) => {
  if (!url2 || typeof url2 !== "string") return 0;
  if (!/^data:/i.test(url2)) return 0;
  const comma = url2.indexOf(",");
  if (comma < 0) return 0;
  const meta = url2.slice(5, comma);
  const body = url2.slice(comma + 1);
  const isBase64 = base64Pattern.test(meta);
  if (isBase64) {
    return estimateBase64(body);
  }
  let bytes = 0;
  for (let i = 0, len = body.length; i < len; i++) {
    const c = body.charCodeAt(i);
    if (c === 37 && isPercentEncodedByte(body, i, len)) {
      bytes += 1;
      i += 2;
    } else if (c < 128) {
      bytes += 1;
    } else if (c < 2048) {
      bytes += 2;
    } else if (c >= 55296 && c <= 56319 && i + 1 < len) {
      const next = body.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    } else {
      bytes += 3;
    }
  }
  return bytes;
};
function estimateDataURLBufferAllocation(url2) {
  return estimateDataURLBytes(url2, estimatePercentDecodedBase64BufferAllocation, /;base64$/i);
}

// node_modules/axios/lib/adapters/http.js
var zlibOptions = {
  flush: import_zlib.default.constants.Z_SYNC_FLUSH,
  finishFlush: import_zlib.default.constants.Z_SYNC_FLUSH
};
var brotliOptions = {
  flush: import_zlib.default.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: import_zlib.default.constants.BROTLI_OPERATION_FLUSH
};
var zstdOptions = {
  flush: import_zlib.default.constants.ZSTD_e_flush,
  finishFlush: import_zlib.default.constants.ZSTD_e_flush
};
var isBrotliSupported = utils_default.isFunction(import_zlib.default.createBrotliDecompress);
var isZstdSupported = utils_default.isFunction(import_zlib.default.createZstdDecompress);
var ACCEPT_ENCODING = "gzip, compress, deflate" + (isBrotliSupported ? ", br" : "");
var ACCEPT_ENCODING_WITH_ZSTD = ACCEPT_ENCODING + (isZstdSupported ? ", zstd" : "");
var scheduleProgress = typeof process !== "undefined" && process.nextTick ? process.nextTick.bind(process) : utils_default.asap;
var { http: httpFollow, https: httpsFollow } = import_follow_redirects.default;
var isHttps = /https:?/;
var kAxiosSocketListener = /* @__PURE__ */ Symbol("axios.http.socketListener");
var kAxiosCurrentReq = /* @__PURE__ */ Symbol("axios.http.currentReq");
function handleSocketError(err) {
  const current = this[kAxiosCurrentReq];
  if (current && !current.destroyed) {
    current.destroy(err);
  }
}
var kAxiosInstalledTunnel = /* @__PURE__ */ Symbol("axios.http.installedTunnel");
var tunnelingAgentCache = /* @__PURE__ */ new Map();
var tunnelingAgentCacheUser = /* @__PURE__ */ new WeakMap();
var directAgents = /* @__PURE__ */ new WeakMap();
var directAgentHooks = ["createConnection", "getName"];
var nativeAgentPoolHooks = [
  "addRequest",
  "createSocket",
  "removeSocket",
  "keepSocketAlive",
  "reuseSocket",
  "_getSession",
  "_cacheSession",
  "_evictSession"
];
var NODE_NATIVE_ENV_PROXY_SUPPORT = {
  22: 21,
  24: 5
};
function isNodeNativeEnvProxySupported(nodeVersion = process.versions && process.versions.node) {
  if (!nodeVersion) {
    return false;
  }
  const [major, minor] = nodeVersion.split(".").map((part) => Number(part));
  if (!Number.isInteger(major) || !Number.isInteger(minor)) {
    return false;
  }
  if (major > 24) {
    return true;
  }
  return NODE_NATIVE_ENV_PROXY_SUPPORT[major] != null && minor >= NODE_NATIVE_ENV_PROXY_SUPPORT[major];
}
function isNodeEnvProxyEnabled(agent, nodeVersion = process.versions && process.versions.node) {
  if (!isNodeNativeEnvProxySupported(nodeVersion)) {
    return false;
  }
  const agentOptions = agent && agent.options;
  return Boolean(
    agentOptions && utils_default.hasOwnProp(agentOptions, "proxyEnv") && agentOptions.proxyEnv != null
  );
}
function getProxyEnvAgent(options, configHttpAgent, configHttpsAgent) {
  return isHttps.test(options.protocol) ? configHttpsAgent || import_https.default.globalAgent : configHttpAgent || import_http.default.globalAgent;
}
function getDirectAgent(configuredAgent, transport) {
  if (!process.allowedNodeEnvironmentFlags || !process.allowedNodeEnvironmentFlags.has("--use-env-proxy")) {
    return configuredAgent;
  }
  const agent = configuredAgent || transport.globalAgent;
  const options = agent && agent.options;
  if (!(agent instanceof transport.Agent) || agent.protocol !== transport.globalAgent.protocol || !options || !utils_default.hasOwnProp(options, "proxyEnv") || typeof options.proxyEnv !== "object" || options.proxyEnv === null) {
    return configuredAgent;
  }
  for (const hook of nativeAgentPoolHooks) {
    if (utils_default.isFunction(transport.Agent.prototype[hook]) && agent[hook] !== transport.Agent.prototype[hook]) {
      throw new AxiosError_default(
        "proxy: false cannot adapt an agent overriding " + hook + "; use an agent constructed without proxyEnv",
        AxiosError_default.ERR_BAD_OPTION_VALUE
      );
    }
  }
  let direct = directAgents.get(agent);
  if (!direct) {
    direct = new transport.Agent({ ...options, proxyEnv: void 0 });
    const destroy = agent.destroy;
    agent.destroy = function destroyWithDirectAgent() {
      try {
        return destroy.apply(this, arguments);
      } finally {
        direct.destroy();
      }
    };
    directAgents.set(agent, direct);
  }
  for (const hook of directAgentHooks) {
    direct[hook] = agent[hook] === transport.Agent.prototype[hook] ? transport.Agent.prototype[hook] : bind(agent[hook], agent);
  }
  return direct;
}
function setDirectAgent(options, configHttpAgent, configHttpsAgent) {
  const secure = isHttps.test(options.protocol);
  const agent = getDirectAgent(secure ? configHttpsAgent : configHttpAgent, secure ? import_https.default : import_http.default);
  options.agent = agent;
  if (options.agents) {
    options.agents[secure ? "https" : "http"] = agent;
  }
}
function getTunnelingAgent(agentOptions, userHttpsAgent) {
  const key = agentOptions.protocol + "//" + agentOptions.hostname + ":" + (agentOptions.port || "") + "#" + (agentOptions.auth || "");
  const cache = userHttpsAgent ? tunnelingAgentCacheUser.get(userHttpsAgent) || tunnelingAgentCacheUser.set(userHttpsAgent, /* @__PURE__ */ new Map()).get(userHttpsAgent) : tunnelingAgentCache;
  let agent = cache.get(key);
  if (agent) return agent;
  const merged = userHttpsAgent && userHttpsAgent.options ? { ...userHttpsAgent.options, ...agentOptions } : agentOptions;
  agent = new import_https_proxy_agent.default(merged);
  const callback = agent.callback;
  agent.callback = function axiosTunnelingAgentCallback(req, opts) {
    const originTLSAgent = userHttpsAgent || import_https.default.globalAgent;
    const originTLSOptions = originTLSAgent && originTLSAgent.options;
    return callback.call(this, req, { ...originTLSOptions, ...opts });
  };
  agent[kAxiosInstalledTunnel] = true;
  cache.set(key, agent);
  return agent;
}
var supportedProtocols = platform_default.protocols.map((protocol) => {
  return protocol + ":";
});
var decodeURIComponentSafe = (value2) => {
  if (!utils_default.isString(value2)) {
    return value2;
  }
  try {
    return decodeURIComponent(value2);
  } catch (error) {
    return value2;
  }
};
var flushOnFinish = (stream4, [throttled, flush]) => {
  stream4.on("end", flush).on("error", flush);
  return throttled;
};
var http2Sessions = new Http2Sessions_default();
function dispatchBeforeRedirect(options, responseDetails, requestDetails) {
  if (!isSameOriginRedirect(options, requestDetails)) {
    stripMatchingHeaders(options.headers, /* @__PURE__ */ new Set(["authorization", "cookie"]));
    delete options.auth;
  }
  if (options.beforeRedirects.proxy) {
    options.beforeRedirects.proxy(options);
  }
  if (options.beforeRedirects.auth) {
    options.beforeRedirects.auth(options);
  }
  if (options.beforeRedirects.sensitiveHeaders) {
    options.beforeRedirects.sensitiveHeaders(options, requestDetails);
  }
  if (options.beforeRedirects.direct) {
    options.beforeRedirects.direct(options);
  }
  if (options.beforeRedirects.config) {
    options.beforeRedirects.config(options, responseDetails, requestDetails);
  }
}
function stripMatchingHeaders(headers, sensitiveSet) {
  if (!headers) {
    return;
  }
  Object.keys(headers).forEach((header) => {
    if (sensitiveSet.has(header.toLowerCase())) {
      delete headers[header];
    }
  });
}
function isSameOriginRedirect(redirectOptions, requestDetails) {
  if (!requestDetails) {
    return false;
  }
  try {
    return new URL(requestDetails.url).origin === new URL(redirectOptions.href).origin;
  } catch (e) {
    return false;
  }
}
function setProxy(options, configProxy, location, isRedirect, configHttpsAgent, configHttpAgent, allowEnvProxy = true) {
  let proxy = configProxy;
  const proxyEnvAgent = getProxyEnvAgent(options, configHttpAgent, configHttpsAgent);
  if (!proxy && proxy !== false && allowEnvProxy && !isNodeEnvProxyEnabled(proxyEnvAgent)) {
    const proxyUrl = getProxyForUrl(location);
    if (proxyUrl) {
      if (!shouldBypassProxy(location)) {
        proxy = new URL(proxyUrl);
      }
    }
  }
  if (isRedirect && options.headers) {
    for (const name of Object.keys(options.headers)) {
      if (name.toLowerCase() === "proxy-authorization") {
        delete options.headers[name];
      }
    }
  }
  if (isRedirect && options.agent && options.agent[kAxiosInstalledTunnel]) {
    options.agent = void 0;
  }
  if (isRedirect && options.agents && options.agents.https && options.agents.https[kAxiosInstalledTunnel]) {
    options.agents.https = configHttpsAgent;
  }
  if (proxy) {
    const isProxyURL = proxy instanceof URL;
    const readProxyField = (key) => isProxyURL || utils_default.hasOwnProp(proxy, key) ? proxy[key] : void 0;
    const proxyUsername = readProxyField("username");
    const proxyPassword = readProxyField("password");
    let proxyAuth = utils_default.hasOwnProp(proxy, "auth") ? proxy.auth : void 0;
    if (proxyUsername) {
      proxyAuth = (proxyUsername || "") + ":" + (proxyPassword || "");
    }
    if (proxyAuth) {
      const authIsObject = typeof proxyAuth === "object";
      const authUsername = authIsObject && utils_default.hasOwnProp(proxyAuth, "username") ? proxyAuth.username : void 0;
      const authPassword = authIsObject && utils_default.hasOwnProp(proxyAuth, "password") ? proxyAuth.password : void 0;
      const validProxyAuth = Boolean(authUsername || authPassword);
      if (validProxyAuth) {
        proxyAuth = (authUsername || "") + ":" + (authPassword || "");
      } else if (authIsObject) {
        throw new AxiosError_default("Invalid proxy authorization", AxiosError_default.ERR_BAD_OPTION, { proxy });
      }
    }
    const targetIsHttps = isHttps.test(options.protocol);
    if (targetIsHttps) {
      if (!(configHttpsAgent instanceof import_https_proxy_agent.default)) {
        const proxyHost = readProxyField("hostname") || readProxyField("host");
        const proxyPort = readProxyField("port");
        const rawProxyProtocol = readProxyField("protocol");
        const normalizedProtocol = rawProxyProtocol ? rawProxyProtocol.includes(":") ? rawProxyProtocol : `${rawProxyProtocol}:` : "http:";
        const proxyHostForURL = proxyHost && proxyHost.includes(":") && !proxyHost.startsWith("[") ? `[${proxyHost}]` : proxyHost;
        const proxyURL = new URL(
          `${normalizedProtocol}//${proxyHostForURL}${proxyPort ? ":" + proxyPort : ""}`
        );
        const agentOptions = {
          protocol: proxyURL.protocol,
          hostname: proxyURL.hostname.replace(/^\[|\]$/g, ""),
          port: proxyURL.port,
          auth: proxyAuth && typeof proxyAuth === "string" ? proxyAuth : void 0
        };
        if (proxyURL.protocol === "https:") {
          agentOptions.ALPNProtocols = ["http/1.1"];
        }
        const tunnelingAgent = getTunnelingAgent(agentOptions, configHttpsAgent);
        options.agent = tunnelingAgent;
        if (options.agents) {
          options.agents.https = tunnelingAgent;
        }
      }
    } else {
      if (proxyAuth) {
        const base64 = Buffer.from(proxyAuth, "utf8").toString("base64");
        options.headers["Proxy-Authorization"] = "Basic " + base64;
      }
      let hasUserHostHeader = false;
      for (const name of Object.keys(options.headers)) {
        if (name.toLowerCase() === "host") {
          hasUserHostHeader = true;
          break;
        }
      }
      if (!hasUserHostHeader) {
        options.headers.host = options.hostname + (options.port ? ":" + options.port : "");
      }
      const proxyHost = readProxyField("hostname") || readProxyField("host");
      options.hostname = proxyHost;
      options.host = proxyHost;
      options.port = readProxyField("port");
      options.path = location;
      const proxyProtocol = readProxyField("protocol");
      if (proxyProtocol) {
        options.protocol = proxyProtocol.includes(":") ? proxyProtocol : `${proxyProtocol}:`;
      }
    }
  }
  options.beforeRedirects.proxy = function beforeRedirect(redirectOptions) {
    setProxy(
      redirectOptions,
      configProxy,
      redirectOptions.href,
      true,
      configHttpsAgent,
      configHttpAgent,
      allowEnvProxy
    );
  };
  return Boolean(
    proxy || configProxy !== false && allowEnvProxy && isNodeEnvProxyEnabled(proxyEnvAgent)
  );
}
var isHttpAdapterSupported = typeof process !== "undefined" && utils_default.kindOf(process) === "process";
var wrapAsync = (asyncExecutor) => {
  return new Promise((resolve3, reject) => {
    let onDone;
    let isDone;
    const done = (value2, isRejected) => {
      if (isDone) return;
      isDone = true;
      onDone && onDone(value2, isRejected);
    };
    const _resolve = (value2) => {
      done(value2);
      resolve3(value2);
    };
    const _reject = (reason) => {
      done(reason, true);
      reject(reason);
    };
    asyncExecutor(_resolve, _reject, (onDoneHandler) => onDone = onDoneHandler).catch(_reject);
  });
};
var resolveFamily = ({ address, family }) => {
  if (!utils_default.isString(address)) {
    throw new AxiosError_default("address must be a string", AxiosError_default.ERR_BAD_OPTION_VALUE);
  }
  return {
    address,
    family: family || (address.indexOf(".") < 0 ? 6 : 4)
  };
};
var buildAddressEntry = (address, family) => resolveFamily(utils_default.isObject(address) ? address : { address, family });
var normalizedLookupCache = /* @__PURE__ */ new WeakMap();
var normalizeLookup = (lookup) => {
  let normalized = normalizedLookupCache.get(lookup);
  if (normalized) {
    return normalized;
  }
  const callbackLookup = callbackify_default(lookup, (value2) => utils_default.isArray(value2) ? value2 : [value2]);
  normalized = (hostname, opt, cb) => {
    callbackLookup(hostname, opt, (err, arg0, arg1) => {
      if (err) {
        return cb(err);
      }
      let addresses;
      try {
        addresses = utils_default.isArray(arg0) ? arg0.map((addr) => buildAddressEntry(addr)) : [buildAddressEntry(arg0, arg1)];
      } catch (error) {
        return cb(error);
      }
      opt.all ? cb(err, addresses) : cb(err, addresses[0].address, addresses[0].family);
    });
  };
  normalizedLookupCache.set(lookup, normalized);
  return normalized;
};
var http2Transport = {
  request(options, cb) {
    const authority = options.protocol + "//" + options.hostname + ":" + (options.port || (options.protocol === "https:" ? 443 : 80));
    const { http2Options, headers } = options;
    const session2 = http2Sessions.getSession(authority, http2Options);
    const { HTTP2_HEADER_SCHEME, HTTP2_HEADER_METHOD, HTTP2_HEADER_PATH, HTTP2_HEADER_STATUS } = import_http22.default.constants;
    const http2Headers = {
      [HTTP2_HEADER_SCHEME]: options.protocol.replace(":", ""),
      [HTTP2_HEADER_METHOD]: options.method,
      [HTTP2_HEADER_PATH]: options.path
    };
    utils_default.forEach(headers, (header, name) => {
      name.charAt(0) !== ":" && (http2Headers[name] = header);
    });
    const req = session2.request(http2Headers);
    req.once("response", (responseHeaders) => {
      const response = req;
      responseHeaders = Object.assign({}, responseHeaders);
      const status = responseHeaders[HTTP2_HEADER_STATUS];
      delete responseHeaders[HTTP2_HEADER_STATUS];
      response.headers = responseHeaders;
      response.statusCode = +status;
      cb(response);
    });
    return req;
  }
};
var http_default = isHttpAdapterSupported && function httpAdapter(config) {
  return wrapAsync(async function dispatchHttpRequest(resolve3, reject, onDone) {
    const own2 = (key) => utils_default.getSafeProp(config, key);
    const transitional2 = own2("transitional") || transitional_default;
    let data = own2("data");
    let lookup = own2("lookup");
    let family = own2("family");
    let httpVersion = own2("httpVersion");
    if (httpVersion === void 0) httpVersion = 1;
    const rawHttpVersion = httpVersion;
    let http2Options = own2("http2Options");
    const configProxy = own2("proxy");
    const httpAgent = own2("httpAgent");
    const httpsAgent = own2("httpsAgent");
    const responseType = own2("responseType");
    const responseEncoding = own2("responseEncoding");
    const socketPath = own2("socketPath");
    const method = own2("method").toUpperCase();
    const maxRedirects = own2("maxRedirects");
    const maxBodyLength = own2("maxBodyLength");
    const maxContentLength = own2("maxContentLength");
    const decompress = own2("decompress");
    let isDone;
    let rejected = false;
    let req;
    let connectPhaseTimer;
    try {
      httpVersion = +httpVersion;
    } catch (err) {
      throw new AxiosError_default(
        "Invalid protocol version: value is not a number",
        AxiosError_default.ERR_BAD_OPTION_VALUE,
        config
      );
    }
    if (Number.isNaN(httpVersion)) {
      throw new AxiosError_default(
        `Invalid protocol version: '${rawHttpVersion}' is not a number`,
        AxiosError_default.ERR_BAD_OPTION_VALUE,
        config
      );
    }
    if (httpVersion !== 1 && httpVersion !== 2) {
      throw new AxiosError_default(
        `Unsupported protocol version '${httpVersion}'`,
        AxiosError_default.ERR_BAD_OPTION_VALUE,
        config
      );
    }
    const isHttp2 = httpVersion === 2;
    if (lookup) {
      lookup = normalizeLookup(lookup);
    }
    const abortEmitter = new import_events.EventEmitter();
    function abort(reason) {
      try {
        abortEmitter.emit(
          "abort",
          !reason || reason.type ? new CanceledError_default(null, config, req) : reason
        );
      } catch (err) {
      }
    }
    function clearConnectPhaseTimer() {
      if (connectPhaseTimer) {
        clearTimeout(connectPhaseTimer);
        connectPhaseTimer = null;
      }
    }
    function createTimeoutError() {
      const configTimeout = own2("timeout");
      let timeoutErrorMessage = configTimeout ? "timeout of " + configTimeout + "ms exceeded" : "timeout exceeded";
      const configTimeoutErrorMessage = own2("timeoutErrorMessage");
      if (configTimeoutErrorMessage) {
        timeoutErrorMessage = configTimeoutErrorMessage;
      }
      return new AxiosError_default(
        timeoutErrorMessage,
        transitional2.clarifyTimeoutError ? AxiosError_default.ETIMEDOUT : AxiosError_default.ECONNABORTED,
        config,
        req
      );
    }
    abortEmitter.once("abort", reject);
    const onFinished = () => {
      clearConnectPhaseTimer();
      if (config.cancelToken) {
        config.cancelToken.unsubscribe(abort);
      }
      if (config.signal) {
        config.signal.removeEventListener("abort", abort);
      }
      abortEmitter.removeAllListeners();
    };
    if (config.cancelToken || config.signal) {
      config.cancelToken && config.cancelToken.subscribe(abort);
      if (config.signal) {
        config.signal.aborted ? abort() : config.signal.addEventListener("abort", abort);
      }
    }
    onDone((response, isRejected) => {
      isDone = true;
      clearConnectPhaseTimer();
      if (isRejected) {
        rejected = true;
        onFinished();
        return;
      }
      const { data: data2 } = response;
      if (data2 instanceof import_stream4.default.Readable || data2 instanceof import_stream4.default.Duplex) {
        const offListeners = import_stream4.default.finished(data2, () => {
          offListeners();
          onFinished();
        });
      } else {
        onFinished();
      }
    });
    const fullPath = buildFullPath(own2("baseURL"), own2("url"), own2("allowAbsoluteUrls"), config);
    const urlBase = socketPath ? "http://localhost" : platform_default.hasBrowserEnv ? platform_default.origin : void 0;
    const parsed = new URL(fullPath, urlBase);
    const protocol = parsed.protocol || supportedProtocols[0];
    if (protocol === "data:") {
      if (maxContentLength > -1) {
        const dataUrl = String(own2("url") || fullPath || "");
        const estimated = estimateDataURLBufferAllocation(dataUrl);
        if (estimated > maxContentLength) {
          return reject(
            new AxiosError_default(
              "maxContentLength size of " + maxContentLength + " exceeded",
              AxiosError_default.ERR_BAD_RESPONSE,
              config
            )
          );
        }
      }
      let convertedData;
      if (method !== "GET") {
        return settle(resolve3, reject, {
          status: 405,
          statusText: "method not allowed",
          headers: {},
          config
        });
      }
      try {
        convertedData = fromDataURI(own2("url"), responseType === "blob", {
          Blob: config.env && config.env.Blob
        });
      } catch (err) {
        throw AxiosError_default.from(err, AxiosError_default.ERR_BAD_REQUEST, config);
      }
      if (maxContentLength > -1 && (responseType === "blob" ? convertedData.size : convertedData.length) > maxContentLength) {
        return reject(
          new AxiosError_default(
            "maxContentLength size of " + maxContentLength + " exceeded",
            AxiosError_default.ERR_BAD_RESPONSE,
            config
          )
        );
      }
      if (responseType === "text") {
        convertedData = convertedData.toString(responseEncoding);
        if (!responseEncoding || responseEncoding === "utf8") {
          convertedData = utils_default.stripBOM(convertedData);
        }
      } else if (responseType === "stream") {
        convertedData = import_stream4.default.Readable.from(convertedData);
      }
      return settle(resolve3, reject, {
        data: convertedData,
        status: 200,
        statusText: "OK",
        headers: new AxiosHeaders_default(),
        config
      });
    }
    if (supportedProtocols.indexOf(protocol) === -1) {
      return reject(
        new AxiosError_default("Unsupported protocol " + protocol, AxiosError_default.ERR_BAD_REQUEST, config)
      );
    }
    const headers = AxiosHeaders_default.from(config.headers).normalize();
    headers.set("User-Agent", "axios/" + VERSION, false);
    const { onUploadProgress, onDownloadProgress } = config;
    const maxRate = config.maxRate;
    let maxUploadRate = void 0;
    let maxDownloadRate = void 0;
    if (utils_default.isSpecCompliantForm(data)) {
      const userBoundary = headers.getContentType(/boundary=([-_\w\d]{10,70})/i);
      data = formDataToStream_default(
        data,
        (formHeaders) => {
          headers.set(formHeaders);
        },
        {
          tag: `axios-${VERSION}-boundary`,
          boundary: userBoundary && userBoundary[1] || void 0
        }
      );
    } else if (utils_default.isFormData(data) && utils_default.isFunction(data.getHeaders) && data.getHeaders !== Object.prototype.getHeaders) {
      setFormDataHeaders(headers, data.getHeaders(), own2("formDataHeaderPolicy"));
      if (!headers.hasContentLength()) {
        try {
          const knownLength = await import_util3.default.promisify(data.getLength).call(data);
          Number.isFinite(knownLength) && knownLength >= 0 && headers.setContentLength(knownLength);
        } catch (e) {
        }
      }
    } else if (utils_default.isBlob(data) || utils_default.isFile(data)) {
      data.size && headers.setContentType(data.type || "application/octet-stream");
      headers.setContentLength(data.size || 0);
      data = import_stream4.default.Readable.from(readBlob_default(data));
    } else if (data && !utils_default.isStream(data)) {
      if (Buffer.isBuffer(data)) {
      } else if (utils_default.isArrayBuffer(data)) {
        data = Buffer.from(new Uint8Array(data));
      } else if (utils_default.isString(data)) {
        data = Buffer.from(data, "utf-8");
      } else {
        return reject(
          new AxiosError_default(
            "Data after transformation must be a string, an ArrayBuffer, a Buffer, or a Stream",
            AxiosError_default.ERR_BAD_REQUEST,
            config
          )
        );
      }
      headers.setContentLength(data.length, false);
      if (maxBodyLength > -1 && data.length > maxBodyLength) {
        return reject(
          new AxiosError_default(
            "Request body larger than maxBodyLength limit",
            AxiosError_default.ERR_BAD_REQUEST,
            config
          )
        );
      }
    }
    const contentLength = utils_default.toFiniteNumber(headers.getContentLength());
    if (utils_default.isArray(maxRate)) {
      maxUploadRate = maxRate[0];
      maxDownloadRate = maxRate[1];
    } else {
      maxUploadRate = maxDownloadRate = maxRate;
    }
    if (data && (onUploadProgress || maxUploadRate)) {
      if (!utils_default.isStream(data)) {
        data = import_stream4.default.Readable.from(data, { objectMode: false });
      }
      data = import_stream4.default.pipeline(
        [
          data,
          new AxiosTransformStream_default({
            maxRate: utils_default.toFiniteNumber(maxUploadRate)
          })
        ],
        utils_default.noop
      );
      onUploadProgress && data.on(
        "progress",
        flushOnFinish(
          data,
          progressEventDecorator(
            contentLength,
            progressEventReducer(asyncDecorator(onUploadProgress, scheduleProgress), false, 3)
          )
        )
      );
    }
    let auth = void 0;
    const configAuth = own2("auth");
    if (configAuth) {
      const username = utils_default.getSafeProp(configAuth, "username") || "";
      const password = utils_default.getSafeProp(configAuth, "password") || "";
      auth = username + ":" + password;
    }
    if (!auth && (parsed.username || parsed.password)) {
      const urlUsername = decodeURIComponentSafe(parsed.username);
      const urlPassword = decodeURIComponentSafe(parsed.password);
      auth = urlUsername + ":" + urlPassword;
    }
    auth && headers.delete("authorization");
    let path;
    try {
      path = buildURL(
        parsed.pathname + parsed.search,
        own2("params"),
        own2("paramsSerializer")
      ).replace(/^\?/, "");
    } catch (err) {
      return reject(
        AxiosError_default.from(err, AxiosError_default.ERR_BAD_REQUEST, config, null, null, {
          url: own2("url"),
          exists: true
        })
      );
    }
    headers.set(
      "Accept-Encoding",
      utils_default.hasOwnProp(transitional2, "advertiseZstdAcceptEncoding") && transitional2.advertiseZstdAcceptEncoding === true ? ACCEPT_ENCODING_WITH_ZSTD : ACCEPT_ENCODING,
      false
    );
    if (isHttp2 && lookup) {
      http2Options = Object.assign(/* @__PURE__ */ Object.create(null), http2Options, { lookup });
    }
    const options = Object.assign(/* @__PURE__ */ Object.create(null), {
      path,
      method,
      headers: toByteStringHeaderObject(headers),
      agents: { http: httpAgent, https: httpsAgent },
      auth,
      protocol,
      family,
      beforeRedirect: dispatchBeforeRedirect,
      beforeRedirects: /* @__PURE__ */ Object.create(null),
      http2Options,
      createConnection: void 0
    });
    !utils_default.isUndefined(lookup) && (options.lookup = lookup);
    let proxyApplied = false;
    if (socketPath) {
      if (typeof socketPath !== "string") {
        return reject(
          new AxiosError_default("socketPath must be a string", AxiosError_default.ERR_BAD_OPTION_VALUE, config)
        );
      }
      const allowedSocketPaths = own2("allowedSocketPaths");
      if (allowedSocketPaths != null) {
        const allowed = Array.isArray(allowedSocketPaths) ? allowedSocketPaths : [allowedSocketPaths];
        const resolvedSocket = (0, import_path.resolve)(socketPath);
        const isAllowed = allowed.some(
          (entry) => typeof entry === "string" && (0, import_path.resolve)(entry) === resolvedSocket
        );
        if (!isAllowed) {
          return reject(
            new AxiosError_default(
              `socketPath "${socketPath}" is not permitted by allowedSocketPaths`,
              AxiosError_default.ERR_BAD_OPTION_VALUE,
              config
            )
          );
        }
      }
      options.socketPath = socketPath;
    } else {
      options.hostname = parsed.hostname.startsWith("[") ? parsed.hostname.slice(1, -1) : parsed.hostname;
      options.port = parsed.port;
      proxyApplied = setProxy(
        options,
        configProxy,
        protocol + "//" + parsed.hostname + (parsed.port ? ":" + parsed.port : "") + options.path,
        false,
        httpsAgent,
        httpAgent,
        // The HTTP/2 transport connects independently of HTTP/1 agents, so it
        // cannot apply either axios-resolved or agent-local environment proxies.
        // Explicit proxy config is still processed and rejected below.
        !isHttp2
      );
    }
    let transport;
    let isNativeTransport = false;
    const isHttpsRequest = isHttps.test(options.protocol);
    if (!isHttp2 && configProxy === false) {
      setDirectAgent(options, httpAgent, httpsAgent);
      options.beforeRedirects.direct = (redirectOptions) => {
        setDirectAgent(redirectOptions, httpAgent, httpsAgent);
      };
    } else if (options.agent == null) {
      options.agent = isHttpsRequest ? httpsAgent : httpAgent;
    }
    if (isHttp2) {
      if (proxyApplied) {
        return reject(
          new AxiosError_default(
            "HTTP/2 requests with a proxy are not supported",
            AxiosError_default.ERR_NOT_SUPPORT,
            config
          )
        );
      }
      transport = http2Transport;
    } else {
      const configTransport = own2("transport");
      if (configTransport) {
        transport = configTransport;
      } else if (maxRedirects === 0) {
        transport = isHttpsRequest ? import_https.default : import_http.default;
        isNativeTransport = true;
      } else {
        options.sensitiveHeaders = [];
        if (maxRedirects) {
          options.maxRedirects = maxRedirects;
        }
        const configBeforeRedirect = own2("beforeRedirect");
        if (configBeforeRedirect) {
          options.beforeRedirects.config = configBeforeRedirect;
        }
        if (auth) {
          const requestOrigin = parsed.origin;
          const authToRestore = auth;
          options.beforeRedirects.auth = function beforeRedirectAuth(redirectOptions) {
            try {
              if (new URL(redirectOptions.href).origin === requestOrigin) {
                redirectOptions.auth = authToRestore;
              }
            } catch (e) {
            }
          };
        }
        const sensitiveHeaders = own2("sensitiveHeaders");
        if (sensitiveHeaders != null) {
          if (!utils_default.isArray(sensitiveHeaders)) {
            return reject(
              new AxiosError_default(
                "sensitiveHeaders must be an array of strings",
                AxiosError_default.ERR_BAD_OPTION_VALUE,
                config
              )
            );
          }
          const sensitiveSet = /* @__PURE__ */ new Set();
          for (const header of sensitiveHeaders) {
            if (!utils_default.isString(header)) {
              return reject(
                new AxiosError_default(
                  "sensitiveHeaders must be an array of strings",
                  AxiosError_default.ERR_BAD_OPTION_VALUE,
                  config
                )
              );
            }
            sensitiveSet.add(header.toLowerCase());
          }
          if (sensitiveSet.size) {
            options.sensitiveHeaders = Array.from(sensitiveSet);
            options.beforeRedirects.sensitiveHeaders = function beforeRedirectSensitiveHeaders(redirectOptions, requestDetails) {
              if (!isSameOriginRedirect(redirectOptions, requestDetails)) {
                stripMatchingHeaders(redirectOptions.headers, sensitiveSet);
              }
            };
          }
        }
        transport = isHttpsRequest ? httpsFollow : httpFollow;
      }
    }
    if (maxBodyLength > -1) {
      options.maxBodyLength = maxBodyLength;
    } else {
      options.maxBodyLength = Infinity;
    }
    options.insecureHTTPParser = Boolean(own2("insecureHTTPParser"));
    req = transport.request(options, function handleResponse(res) {
      clearConnectPhaseTimer();
      if (req.destroyed) return;
      const streams = [res];
      const responseLength = utils_default.toFiniteNumber(res.headers["content-length"]);
      if (onDownloadProgress || maxDownloadRate) {
        const transformStream = new AxiosTransformStream_default({
          maxRate: utils_default.toFiniteNumber(maxDownloadRate)
        });
        onDownloadProgress && transformStream.on(
          "progress",
          flushOnFinish(
            transformStream,
            progressEventDecorator(
              responseLength,
              progressEventReducer(
                asyncDecorator(onDownloadProgress, scheduleProgress),
                true,
                3
              )
            )
          )
        );
        streams.push(transformStream);
      }
      let responseStream = res;
      const lastRequest = res.req || req;
      if (decompress !== false && res.headers["content-encoding"]) {
        if (method === "HEAD" || res.statusCode === 204) {
          delete res.headers["content-encoding"];
        }
        switch ((res.headers["content-encoding"] || "").toLowerCase()) {
          /*eslint default-case:0*/
          case "gzip":
          case "x-gzip":
          case "compress":
          case "x-compress":
            streams.push(import_zlib.default.createUnzip(zlibOptions));
            delete res.headers["content-encoding"];
            break;
          case "deflate":
            streams.push(new ZlibHeaderTransformStream_default());
            streams.push(import_zlib.default.createUnzip(zlibOptions));
            delete res.headers["content-encoding"];
            break;
          case "br":
            if (isBrotliSupported) {
              streams.push(import_zlib.default.createBrotliDecompress(brotliOptions));
              delete res.headers["content-encoding"];
            }
            break;
          case "zstd":
            if (isZstdSupported) {
              streams.push(import_zlib.default.createZstdDecompress(zstdOptions));
              delete res.headers["content-encoding"];
            }
            break;
        }
      }
      responseStream = streams.length > 1 ? import_stream4.default.pipeline(streams, utils_default.noop) : streams[0];
      const response = {
        status: res.statusCode,
        statusText: res.statusMessage,
        headers: new AxiosHeaders_default(res.headers),
        config,
        request: lastRequest
      };
      if (responseType === "stream") {
        if (maxContentLength > -1) {
          const limit = maxContentLength;
          const source = responseStream;
          async function* enforceMaxContentLength() {
            let totalResponseBytes = 0;
            for await (const chunk of source) {
              totalResponseBytes += chunk.length;
              if (totalResponseBytes > limit) {
                throw new AxiosError_default(
                  "maxContentLength size of " + limit + " exceeded",
                  AxiosError_default.ERR_BAD_RESPONSE,
                  config,
                  lastRequest
                );
              }
              yield chunk;
            }
          }
          responseStream = import_stream4.default.Readable.from(enforceMaxContentLength(), {
            objectMode: false
          });
        }
        response.data = responseStream;
        settle(resolve3, reject, response);
      } else {
        const responseBuffer = [];
        let totalResponseBytes = 0;
        responseStream.on("data", function handleStreamData(chunk) {
          responseBuffer.push(chunk);
          totalResponseBytes += chunk.length;
          if (maxContentLength > -1 && totalResponseBytes > maxContentLength) {
            rejected = true;
            responseStream.destroy();
            abort(
              new AxiosError_default(
                "maxContentLength size of " + maxContentLength + " exceeded",
                AxiosError_default.ERR_BAD_RESPONSE,
                config,
                lastRequest
              )
            );
          }
        });
        responseStream.on("aborted", function handlerStreamAborted() {
          if (rejected) {
            return;
          }
          const err = new AxiosError_default(
            "stream has been aborted",
            AxiosError_default.ERR_BAD_RESPONSE,
            config,
            lastRequest,
            response
          );
          responseStream.destroy(err);
          reject(err);
        });
        responseStream.on("error", function handleStreamError(err) {
          if (rejected) return;
          reject(AxiosError_default.from(err, null, config, lastRequest, response));
        });
        responseStream.on("end", function handleStreamEnd() {
          try {
            let responseData = responseBuffer.length === 1 ? responseBuffer[0] : Buffer.concat(responseBuffer);
            if (responseType !== "arraybuffer") {
              responseData = responseData.toString(responseEncoding);
              if (!responseEncoding || responseEncoding === "utf8") {
                responseData = utils_default.stripBOM(responseData);
              }
            }
            response.data = responseData;
          } catch (err) {
            return reject(AxiosError_default.from(err, null, config, response.request, response));
          }
          settle(resolve3, reject, response);
        });
      }
      abortEmitter.once("abort", (err) => {
        if (!responseStream.destroyed) {
          responseStream.emit("error", err);
          responseStream.destroy();
        }
      });
    });
    abortEmitter.once("abort", (err) => {
      if (req.close) {
        req.close();
      } else {
        req.destroy(err);
      }
    });
    req.on("error", function handleRequestError(err) {
      reject(AxiosError_default.from(err, null, config, req));
    });
    const boundSockets = /* @__PURE__ */ new Set();
    req.on("socket", function handleRequestSocket(socket) {
      if (typeof socket.setKeepAlive === "function") {
        socket.setKeepAlive(true, 1e3 * 60);
      }
      if (!socket[kAxiosSocketListener]) {
        socket.on("error", handleSocketError);
        socket[kAxiosSocketListener] = true;
      }
      socket[kAxiosCurrentReq] = req;
      boundSockets.add(socket);
    });
    req.once("close", function clearCurrentReq() {
      clearConnectPhaseTimer();
      for (const socket of boundSockets) {
        if (socket[kAxiosCurrentReq] === req) {
          socket[kAxiosCurrentReq] = null;
        }
      }
      boundSockets.clear();
    });
    if (own2("timeout")) {
      const timeout = parseInt(own2("timeout"), 10);
      if (Number.isNaN(timeout)) {
        abort(
          new AxiosError_default(
            "error trying to parse `config.timeout` to int",
            AxiosError_default.ERR_BAD_OPTION_VALUE,
            config,
            req
          )
        );
        return;
      }
      const handleTimeout = function handleTimeout2() {
        if (isDone) return;
        abort(createTimeoutError());
      };
      if (isNativeTransport && timeout > 0) {
        connectPhaseTimer = setTimeout(handleTimeout, timeout);
      }
      req.setTimeout(timeout, handleTimeout);
    } else {
      req.setTimeout(0);
    }
    if (utils_default.isStream(data)) {
      let ended = false;
      let errored = false;
      data.on("end", () => {
        ended = true;
      });
      data.once("error", (err) => {
        errored = true;
        req.destroy(err);
      });
      data.on("close", () => {
        if (!ended && !errored) {
          abort(new CanceledError_default("Request stream has been aborted", config, req));
        }
      });
      let uploadStream = data;
      if (maxBodyLength > -1) {
        const limit = maxBodyLength;
        let bytesSent = 0;
        uploadStream = import_stream4.default.pipeline(
          [
            data,
            new import_stream4.default.Transform({
              transform(chunk, _enc, cb) {
                bytesSent += chunk.length;
                if (bytesSent > limit) {
                  return cb(
                    new AxiosError_default(
                      "Request body larger than maxBodyLength limit",
                      AxiosError_default.ERR_BAD_REQUEST,
                      config,
                      req
                    )
                  );
                }
                cb(null, chunk);
              }
            })
          ],
          utils_default.noop
        );
        uploadStream.on("error", (err) => {
          if (!req.destroyed) req.destroy(err);
        });
      }
      uploadStream.pipe(req);
    } else {
      data && req.write(data);
      req.end();
    }
  });
};

// node_modules/axios/lib/helpers/cookies.js
var decodeCookieValue = (value2) => {
  try {
    return decodeURIComponent(value2);
  } catch (e) {
    return value2;
  }
};
var cookies_default = platform_default.hasStandardBrowserEnv ? (
  // Standard browser envs support document.cookie
  {
    write(name, value2, expires, path, domain, secure, sameSite) {
      if (typeof document === "undefined") return;
      const cookie = [`${name}=${encodeURIComponent(value2)}`];
      if (utils_default.isNumber(expires)) {
        cookie.push(`expires=${new Date(expires).toUTCString()}`);
      }
      if (utils_default.isString(path)) {
        cookie.push(`path=${path}`);
      }
      if (utils_default.isString(domain)) {
        cookie.push(`domain=${domain}`);
      }
      if (secure === true) {
        cookie.push("secure");
      }
      if (utils_default.isString(sameSite)) {
        cookie.push(`SameSite=${sameSite}`);
      }
      document.cookie = cookie.join("; ");
    },
    read(name) {
      if (typeof document === "undefined") return null;
      const cookieString = document.cookie;
      if (!cookieString) return null;
      const cookies = cookieString.split(";");
      for (let i = 0; i < cookies.length; i++) {
        const cookie = cookies[i].replace(/^\s+/, "");
        const eq = cookie.indexOf("=");
        if (eq !== -1 && cookie.slice(0, eq) === name) {
          return decodeCookieValue(cookie.slice(eq + 1));
        }
      }
      return null;
    },
    async readAsync(name) {
      try {
        const store = typeof window !== "undefined" && window.cookieStore;
        if (store && utils_default.isFunction(store.get)) {
          const cookie = await store.get(name);
          return cookie ? decodeCookieValue(cookie.value) : null;
        }
      } catch (e) {
      }
      return this.read(name);
    },
    remove(name) {
      this.write(name, "", Date.now() - 864e5, "/");
    }
  }
) : (
  // Non-standard browser env (web workers, react-native) lack needed support.
  {
    write() {
    },
    read() {
      return null;
    },
    async readAsync() {
      return null;
    },
    remove() {
    }
  }
);

// node_modules/axios/lib/helpers/isURLSameOrigin.js
var isURLSameOrigin_default = platform_default.hasStandardBrowserEnv ? /* @__PURE__ */ ((origin2) => (url2) => {
  url2 = new URL(url2, document.baseURI || platform_default.origin);
  return origin2.protocol === url2.protocol && origin2.host === url2.host && origin2.port === url2.port;
})(new URL(platform_default.origin)) : () => true;

// node_modules/axios/lib/core/assertParamsAcyclic.js
function assertParamsAcyclic(params) {
  const pending = [{ value: params }];
  const active = /* @__PURE__ */ new WeakSet();
  const visited = /* @__PURE__ */ new WeakSet();
  while (pending.length) {
    const { value: value2, done } = pending.pop();
    if (!utils_default.isPlainObject(value2) && !utils_default.isArray(value2)) continue;
    if (done) {
      active.delete(value2);
      continue;
    }
    if (active.has(value2)) {
      throw new AxiosError_default(
        "Circular reference detected in params",
        AxiosError_default.ERR_BAD_OPTION_VALUE
      );
    }
    if (visited.has(value2)) continue;
    visited.add(value2);
    active.add(value2);
    pending.push({ value: value2, done: true });
    const keys = Object.keys(value2);
    if (Object.getOwnPropertySymbols && Object.getOwnPropertyDescriptor) {
      Object.getOwnPropertySymbols(value2).forEach((key) => {
        const descriptor = Object.getOwnPropertyDescriptor(value2, key);
        if (descriptor && descriptor.enumerable) keys.push(key);
      });
    }
    keys.forEach((key) => {
      if (key === "__proto__" || key === "constructor" || key === "prototype") {
        const descriptor = Object.getOwnPropertyDescriptor(value2, key);
        if (descriptor && utils_default.hasOwnProp(descriptor, "value")) {
          pending.push({ value: descriptor.value });
        }
      } else {
        pending.push({ value: value2[key] });
      }
    });
  }
}

// node_modules/axios/lib/core/mergeConfig.js
var headersToObject = (thing) => thing instanceof AxiosHeaders_default ? { ...thing } : thing;
var ownEnumerableKeys = (thing) => {
  if (Object.getOwnPropertySymbols && Object.getOwnPropertyDescriptor) {
    return Object.keys(thing).concat(
      Object.getOwnPropertySymbols(thing).filter((symbol) => {
        const descriptor = Object.getOwnPropertyDescriptor(thing, symbol);
        return descriptor && descriptor.enumerable;
      })
    );
  }
  return Object.keys(thing);
};
function mergeParams(a, b) {
  const pending = [];
  const copies = /* @__PURE__ */ new WeakMap();
  const empty = {};
  function copy(target, source) {
    if (!utils_default.isPlainObject(source)) {
      return utils_default.isArray(source) ? source.slice() : source;
    }
    const base = utils_default.isPlainObject(target) ? target : empty;
    let bases = copies.get(source);
    if (!bases) {
      bases = /* @__PURE__ */ new WeakMap();
      copies.set(source, bases);
    }
    if (bases.has(base)) return bases.get(base);
    const result2 = {};
    bases.set(base, result2);
    pending.push({ base, source, result: result2 });
    return result2;
  }
  const result = utils_default.isUndefined(b) ? copy(void 0, a) : copy(a, b);
  while (pending.length) {
    const { base, source, result: target } = pending.pop();
    const baseKeys = new Set(ownEnumerableKeys(base));
    const sourceKeys = new Set(ownEnumerableKeys(source));
    const keys = /* @__PURE__ */ new Set([...baseKeys, ...sourceKeys]);
    keys.forEach((key) => {
      if (key === "__proto__" || key === "constructor" || key === "prototype") return;
      const hasSource = sourceKeys.has(key);
      const value2 = hasSource ? source[key] : void 0;
      const previous = (!hasSource || utils_default.isPlainObject(value2)) && baseKeys.has(key) ? base[key] : void 0;
      target[key] = hasSource ? copy(previous, value2) : copy(void 0, previous);
    });
  }
  assertParamsAcyclic(result);
  return result;
}
function getMergedValue(target, source, prop, caseless) {
  if (utils_default.isPlainObject(target) && utils_default.isPlainObject(source)) {
    return utils_default.merge.call({ caseless }, target, source);
  } else if (utils_default.isPlainObject(source)) {
    return utils_default.merge({}, source);
  } else if (utils_default.isArray(source)) {
    return source.slice();
  }
  return source;
}
function mergeDeepProperties(a, b, prop, caseless) {
  if (!utils_default.isUndefined(b)) {
    return getMergedValue(a, b, prop, caseless);
  } else if (!utils_default.isUndefined(a)) {
    return getMergedValue(void 0, a, prop, caseless);
  }
}
function valueFromConfig2(a, b) {
  if (!utils_default.isUndefined(b)) {
    return getMergedValue(void 0, b);
  }
}
function defaultToConfig2(a, b) {
  if (!utils_default.isUndefined(b)) {
    return getMergedValue(void 0, b);
  } else if (!utils_default.isUndefined(a)) {
    return getMergedValue(void 0, a);
  }
}
function getMergedTransitionalOption(config1, config2, prop) {
  const transitional2 = utils_default.hasOwnProp(config2, "transitional") ? config2.transitional : void 0;
  if (!utils_default.isUndefined(transitional2)) {
    if (utils_default.isPlainObject(transitional2)) {
      if (utils_default.hasOwnProp(transitional2, prop)) {
        return transitional2[prop];
      }
    } else {
      return void 0;
    }
  }
  const transitional1 = utils_default.hasOwnProp(config1, "transitional") ? config1.transitional : void 0;
  if (utils_default.isPlainObject(transitional1) && utils_default.hasOwnProp(transitional1, prop)) {
    return transitional1[prop];
  }
  return void 0;
}
function mergeDirectKeys(a, b, prop, config1, config2) {
  if (utils_default.hasOwnProp(config2, prop)) {
    return getMergedValue(a, b);
  } else if (utils_default.hasOwnProp(config1, prop)) {
    return getMergedValue(void 0, a);
  }
}
function mergeHeaders(a, b, prop) {
  return mergeDeepProperties(headersToObject(a), headersToObject(b), prop, true);
}
var hasOwnPropertyDescriptor = Object.freeze({
  __proto__: null,
  value: Object.prototype.hasOwnProperty,
  enumerable: false,
  writable: true,
  configurable: true
});
var mergeMap = {
  url: valueFromConfig2,
  method: valueFromConfig2,
  data: valueFromConfig2,
  baseURL: defaultToConfig2,
  transformRequest: defaultToConfig2,
  transformResponse: defaultToConfig2,
  params: mergeParams,
  paramsSerializer: defaultToConfig2,
  timeout: defaultToConfig2,
  timeoutErrorMessage: defaultToConfig2,
  withCredentials: defaultToConfig2,
  withXSRFToken: defaultToConfig2,
  adapter: defaultToConfig2,
  responseType: defaultToConfig2,
  xsrfCookieName: defaultToConfig2,
  xsrfHeaderName: defaultToConfig2,
  onUploadProgress: defaultToConfig2,
  onDownloadProgress: defaultToConfig2,
  decompress: defaultToConfig2,
  maxContentLength: defaultToConfig2,
  maxBodyLength: defaultToConfig2,
  beforeRedirect: defaultToConfig2,
  transport: defaultToConfig2,
  httpAgent: defaultToConfig2,
  httpsAgent: defaultToConfig2,
  cancelToken: defaultToConfig2,
  socketPath: defaultToConfig2,
  allowedSocketPaths: defaultToConfig2,
  responseEncoding: defaultToConfig2,
  validateStatus: mergeDirectKeys,
  headers: mergeHeaders
};
function mergeConfig(config1, config2) {
  config1 = config1 || {};
  config2 = config2 || {};
  const config = /* @__PURE__ */ Object.create(null);
  Object.defineProperty(config, "hasOwnProperty", hasOwnPropertyDescriptor);
  const keys = ownEnumerableKeys({ ...config1, ...config2 });
  for (let i = 0, len = keys.length; i < len; i++) {
    const prop = keys[i];
    if (prop === "__proto__" || prop === "constructor" || prop === "prototype") continue;
    const merge2 = utils_default.hasOwnProp(mergeMap, prop) ? mergeMap[prop] : mergeDeepProperties;
    const a = utils_default.hasOwnProp(config1, prop) ? config1[prop] : void 0;
    const b = utils_default.hasOwnProp(config2, prop) ? config2[prop] : void 0;
    const configValue = merge2 === mergeDirectKeys ? merge2(a, b, prop, config1, config2) : merge2(a, b, prop);
    utils_default.isUndefined(configValue) && merge2 !== mergeDirectKeys || (config[prop] = configValue);
  }
  if (utils_default.hasOwnProp(config2, "validateStatus") && utils_default.isUndefined(config2.validateStatus) && getMergedTransitionalOption(config1, config2, "validateStatusUndefinedResolves") === false) {
    if (utils_default.hasOwnProp(config1, "validateStatus")) {
      config.validateStatus = getMergedValue(void 0, config1.validateStatus);
    } else {
      delete config.validateStatus;
    }
  }
  return config;
}

// node_modules/axios/lib/helpers/resolveConfig.js
var encodeUTF8 = (str2) => encodeURIComponent(str2).replace(
  /%([0-9A-F]{2})/gi,
  (_, hex) => String.fromCharCode(parseInt(hex, 16))
);
var readCookie = (name) => cookies_default.read(name);
function resolveConfig(config, readXsrfCookie = readCookie) {
  const newConfig = mergeConfig({}, config);
  const own2 = (key) => utils_default.hasOwnProp(newConfig, key) ? newConfig[key] : void 0;
  const data = own2("data");
  let withXSRFToken = own2("withXSRFToken");
  const xsrfHeaderName = own2("xsrfHeaderName");
  const xsrfCookieName = own2("xsrfCookieName");
  let headers = own2("headers");
  const auth = own2("auth");
  const baseURL = own2("baseURL");
  const allowAbsoluteUrls = own2("allowAbsoluteUrls");
  const url2 = own2("url");
  newConfig.headers = headers = AxiosHeaders_default.from(headers);
  newConfig.url = buildURL(
    buildFullPath(baseURL, url2, allowAbsoluteUrls, newConfig),
    own2("params"),
    own2("paramsSerializer")
  );
  if (auth) {
    const username = utils_default.getSafeProp(auth, "username") || "";
    const password = utils_default.getSafeProp(auth, "password") || "";
    const transitional2 = own2("transitional");
    const encodeUsername = transitional2 && utils_default.hasOwnProp(transitional2, "encodeBasicAuthUsername") && transitional2.encodeBasicAuthUsername === true;
    try {
      headers.set(
        "Authorization",
        // Preserve legacy username bytes unless the caller opts in to UTF-8.
        "Basic " + btoa(
          (encodeUsername ? encodeUTF8(username) : username) + ":" + (password ? encodeUTF8(password) : "")
        )
      );
    } catch (e) {
      throw AxiosError_default.from(e, AxiosError_default.ERR_BAD_OPTION_VALUE, config);
    }
  }
  if (utils_default.isFormData(data)) {
    const getHeaders = utils_default.getSafeProp(data, "getHeaders");
    if (platform_default.hasStandardBrowserEnv || platform_default.hasStandardBrowserWebWorkerEnv || utils_default.isReactNative(data)) {
      headers.setContentType(void 0);
    } else if (utils_default.isFunction(getHeaders)) {
      setFormDataHeaders(headers, getHeaders.call(data), own2("formDataHeaderPolicy"));
    }
  }
  if (platform_default.hasStandardBrowserEnv) {
    if (utils_default.isFunction(withXSRFToken)) {
      withXSRFToken = withXSRFToken(newConfig);
    }
    const shouldSendXSRF = withXSRFToken === true || withXSRFToken == null && isURLSameOrigin_default(newConfig.url);
    if (shouldSendXSRF) {
      const xsrfValue = xsrfHeaderName && xsrfCookieName && readXsrfCookie(xsrfCookieName);
      if (xsrfValue) {
        headers.set(xsrfHeaderName, xsrfValue);
      }
    }
  }
  return newConfig;
}
var resolveConfig_default = resolveConfig;

// node_modules/axios/lib/adapters/xhr.js
var isXHRAdapterSupported = typeof XMLHttpRequest !== "undefined";
var xhr_default = isXHRAdapterSupported && function(config) {
  return new Promise(function dispatchXhrRequest(resolve3, reject) {
    let useAsyncXsrf;
    try {
      const store = platform_default.hasStandardBrowserEnv && typeof window !== "undefined" && window.cookieStore;
      useAsyncXsrf = store && utils_default.isFunction(store.get);
    } catch (e) {
    }
    let xsrfCookieName;
    const _config = resolveConfig_default(
      config,
      useAsyncXsrf ? (name) => {
        xsrfCookieName = name;
        return null;
      } : void 0
    );
    let requestData = _config.data;
    const requestHeaders = AxiosHeaders_default.from(_config.headers).normalize();
    let { responseType, onUploadProgress, onDownloadProgress } = _config;
    let onCanceled;
    let timeoutId;
    let uploadThrottled, downloadThrottled;
    let flushUpload, flushDownload, flushDownloadWithEvent;
    function done() {
      clearTimeout(timeoutId);
      try {
        flushUpload && flushUpload();
      } catch (err) {
        setTimeout(() => {
          throw err;
        });
      }
      try {
        flushDownload && flushDownload();
      } catch (err) {
        setTimeout(() => {
          throw err;
        });
      }
      if (request) {
        downloadThrottled && request.removeEventListener("progress", downloadThrottled);
        if (request.upload) {
          uploadThrottled && request.upload.removeEventListener("progress", uploadThrottled);
          flushUpload && request.upload.removeEventListener("loadend", flushUpload);
        }
      }
      _config.cancelToken && _config.cancelToken.unsubscribe(onCanceled);
      _config.signal && _config.signal.removeEventListener("abort", onCanceled);
    }
    let request = new XMLHttpRequest();
    request.open(_config.method.toUpperCase(), _config.url, true);
    request.timeout = _config.timeout;
    function onloadend(event) {
      if (!request) {
        return;
      }
      if (request.status === 0 && (parseProtocol(normalizeURLForProtocolCheck(_config.url)) || parseProtocol(platform_default.origin)) !== "file" && !(request.responseURL && request.responseURL.startsWith("file:"))) {
        reject(new AxiosError_default("Request aborted", AxiosError_default.ECONNABORTED, config, request));
        done();
        request = null;
        return;
      }
      try {
        if (event) {
          flushDownloadWithEvent && flushDownloadWithEvent(event);
        } else {
          flushDownload && flushDownload();
        }
      } catch (err) {
        setTimeout(() => {
          throw err;
        });
      }
      if (!request) {
        return;
      }
      const responseHeaders = AxiosHeaders_default.from(
        "getAllResponseHeaders" in request && request.getAllResponseHeaders()
      );
      const responseData = !responseType || responseType === "text" || responseType === "json" ? request.responseText : request.response;
      const response = {
        data: responseData,
        status: request.status,
        statusText: request.statusText,
        headers: responseHeaders,
        config,
        request
      };
      settle(
        function _resolve(value2) {
          resolve3(value2);
          done();
        },
        function _reject(err) {
          reject(err);
          done();
        },
        response
      );
      request = null;
    }
    if ("onloadend" in request) {
      request.onloadend = onloadend;
    } else {
      request.onreadystatechange = function handleLoad() {
        if (!request || request.readyState !== 4) {
          return;
        }
        if (request.status === 0 && !(request.responseURL && request.responseURL.startsWith("file:"))) {
          return;
        }
        setTimeout(onloadend);
      };
    }
    request.onabort = function handleAbort() {
      if (!request) {
        return;
      }
      reject(new AxiosError_default("Request aborted", AxiosError_default.ECONNABORTED, config, request));
      done();
      request = null;
    };
    request.onerror = function handleError(event) {
      const msg = event && event.message ? event.message : "Network Error";
      const err = new AxiosError_default(msg, AxiosError_default.ERR_NETWORK, config, request);
      err.event = event || null;
      reject(err);
      done();
      request = null;
    };
    request.ontimeout = function handleTimeout() {
      if (!request) return;
      let timeoutErrorMessage = _config.timeout ? "timeout of " + _config.timeout + "ms exceeded" : "timeout exceeded";
      const transitional2 = _config.transitional || transitional_default;
      if (_config.timeoutErrorMessage) {
        timeoutErrorMessage = _config.timeoutErrorMessage;
      }
      reject(
        new AxiosError_default(
          timeoutErrorMessage,
          transitional2.clarifyTimeoutError ? AxiosError_default.ETIMEDOUT : AxiosError_default.ECONNABORTED,
          config,
          request
        )
      );
      done();
      request = null;
    };
    requestData === void 0 && requestHeaders.setContentType(null);
    if (!utils_default.isUndefined(_config.withCredentials)) {
      request.withCredentials = !!_config.withCredentials;
    }
    if (responseType && responseType !== "json") {
      request.responseType = _config.responseType;
    }
    if (onDownloadProgress) {
      [downloadThrottled, flushDownload, flushDownloadWithEvent] = progressEventReducer(
        onDownloadProgress,
        true
      );
      request.addEventListener("progress", downloadThrottled);
    }
    if (onUploadProgress && request.upload) {
      [uploadThrottled, flushUpload] = progressEventReducer(onUploadProgress);
      request.upload.addEventListener("progress", uploadThrottled);
      request.upload.addEventListener("loadend", flushUpload);
    }
    if (_config.cancelToken || _config.signal) {
      onCanceled = (cancel) => {
        if (!request) {
          return;
        }
        reject(!cancel || cancel.type ? new CanceledError_default(null, config, request) : cancel);
        const xhr = request;
        done();
        request = null;
        xhr.abort();
      };
      _config.cancelToken && _config.cancelToken.subscribe(onCanceled);
      if (!request) return;
      if (_config.signal) {
        _config.signal.aborted ? onCanceled() : _config.signal.addEventListener("abort", onCanceled);
      }
    }
    if (!request) return;
    const protocol = parseProtocol(_config.url);
    if (protocol && !platform_default.protocols.includes(protocol)) {
      reject(
        new AxiosError_default(
          "Unsupported protocol " + protocol + ":",
          AxiosError_default.ERR_BAD_REQUEST,
          config
        )
      );
      done();
      return;
    }
    const sendRequest = () => {
      if (!request) return;
      if ("setRequestHeader" in request) {
        utils_default.forEach(
          toByteStringHeaderObject(requestHeaders),
          function setRequestHeader(val, key) {
            request.setRequestHeader(key, val);
          }
        );
      }
      request.send(requestData || null);
    };
    if (xsrfCookieName) {
      const now = typeof performance !== "undefined" && utils_default.isFunction(performance.now) ? () => performance.now() : Date.now;
      const deadline = request.timeout > 0 ? now() + Number(request.timeout) : void 0;
      const abortOnTimeout = () => {
        if (!request) return;
        const xhr = request;
        xhr.ontimeout();
        xhr.abort();
      };
      if (deadline !== void 0) {
        const scheduleTimeout = () => {
          const remaining = deadline - now();
          if (remaining > 0) {
            timeoutId = setTimeout(scheduleTimeout, Math.min(remaining, 2147483647));
          } else {
            abortOnTimeout();
          }
        };
        scheduleTimeout();
      }
      cookies_default.readAsync(xsrfCookieName).then((value2) => {
        if (!request) return;
        if (deadline !== void 0 && now() >= deadline) {
          abortOnTimeout();
          return;
        }
        if (value2) {
          const headerName = utils_default.hasOwnProp(_config, "xsrfHeaderName") && _config.xsrfHeaderName;
          requestHeaders.set(headerName, value2);
        }
        sendRequest();
      }).catch((error) => {
        if (!request) return;
        reject(AxiosError_default.from(error, null, config, request));
        done();
        request = null;
      });
    } else {
      sendRequest();
    }
  });
};

// scripts/bundle-stubs/axios-fetch-adapter.mjs
var getFetch = () => false;

// node_modules/axios/lib/adapters/adapters.js
var knownAdapters = {
  http: http_default,
  xhr: xhr_default,
  fetch: {
    get: getFetch
  }
};
utils_default.forEach(knownAdapters, (fn, value2) => {
  if (fn) {
    try {
      Object.defineProperty(fn, "name", { __proto__: null, value: value2 });
    } catch (e) {
    }
    Object.defineProperty(fn, "adapterName", { __proto__: null, value: value2 });
  }
});
var renderReason = (reason) => `- ${reason}`;
var isResolvedHandle = (adapter) => utils_default.isFunction(adapter) || adapter === null || adapter === false;
function getAdapter(adapters, config) {
  adapters = utils_default.isArray(adapters) ? adapters : [adapters];
  const { length } = adapters;
  let nameOrAdapter;
  let adapter;
  const rejectedReasons = {};
  for (let i = 0; i < length; i++) {
    nameOrAdapter = adapters[i];
    let id;
    adapter = nameOrAdapter;
    if (!isResolvedHandle(nameOrAdapter)) {
      adapter = knownAdapters[(id = String(nameOrAdapter)).toLowerCase()];
      if (adapter === void 0) {
        throw new AxiosError_default(`Unknown adapter '${id}'`);
      }
    }
    if (adapter && (utils_default.isFunction(adapter) || (adapter = adapter.get(config)))) {
      break;
    }
    rejectedReasons[id || "#" + i] = adapter;
  }
  if (!adapter) {
    const reasons = Object.entries(rejectedReasons).map(
      ([id, state]) => `adapter ${id} ` + (state === false ? "is not supported by the environment" : "is not available in the build")
    );
    let s = length ? reasons.length > 1 ? "since :\n" + reasons.map(renderReason).join("\n") : " " + renderReason(reasons[0]) : "as no adapter specified";
    throw new AxiosError_default(
      `There is no suitable adapter to dispatch the request ` + s,
      AxiosError_default.ERR_NOT_SUPPORT
    );
  }
  return adapter;
}
var adapters_default = {
  /**
   * Resolve an adapter from a list of adapter names or functions.
   * @type {Function}
   */
  getAdapter,
  /**
   * Exposes all known adapters
   * @type {Object<string, Function|Object>}
   */
  adapters: knownAdapters
};

// node_modules/axios/lib/core/dispatchRequest.js
function throwIfCancellationRequested(config) {
  if (config.cancelToken) {
    config.cancelToken.throwIfRequested();
  }
  if (config.signal && config.signal.aborted) {
    throw new CanceledError_default(null, config);
  }
}
function resolveClock() {
  return typeof performance !== "undefined" && utils_default.isFunction(performance.now) ? () => performance.now() : Date.now;
}
function elapsedSince(now, start) {
  return Math.max(0, Math.round(now() - start));
}
function dispatchRequest(_config) {
  const config = utils_default.toSafeFlatObject(_config);
  throwIfCancellationRequested(config);
  config.headers = AxiosHeaders_default.from(utils_default.getSafeProp(config, "headers"));
  config.data = transformData.call(config, config.transformRequest);
  if (["post", "put", "patch"].indexOf(config.method) !== -1) {
    config.headers.setContentType("application/x-www-form-urlencoded", false);
  }
  const adapter = adapters_default.getAdapter(config.adapter || defaults_default.adapter, config);
  const now = resolveClock();
  const start = now();
  return adapter(config).then(
    function onAdapterResolution(response) {
      throwIfCancellationRequested(config);
      response.duration = elapsedSince(now, start);
      config.response = response;
      try {
        response.data = transformData.call(config, config.transformResponse, response);
      } finally {
        delete config.response;
      }
      response.headers = AxiosHeaders_default.from(response.headers);
      return response;
    },
    function onAdapterRejection(reason) {
      if (!isCancel(reason)) {
        throwIfCancellationRequested(config);
        if (reason && reason.response) {
          reason.response.duration = elapsedSince(now, start);
          config.response = reason.response;
          try {
            reason.response.data = transformData.call(
              config,
              config.transformResponse,
              reason.response
            );
          } finally {
            delete config.response;
          }
          reason.response.headers = AxiosHeaders_default.from(reason.response.headers);
        }
      }
      return Promise.reject(reason);
    }
  );
}

// node_modules/axios/lib/helpers/validator.js
var validators = {};
["object", "boolean", "number", "function", "string", "symbol"].forEach((type, i) => {
  validators[type] = function validator3(thing) {
    return typeof thing === type || "a" + (i < 1 ? "n " : " ") + type;
  };
});
var deprecatedWarnings = {};
validators.transitional = function transitional(validator3, version, message) {
  function formatMessage(opt, desc) {
    return "[Axios v" + VERSION + "] Transitional option '" + opt + "'" + desc + (message ? ". " + message : "");
  }
  return (value2, opt, opts) => {
    if (validator3 === false) {
      throw new AxiosError_default(
        formatMessage(opt, " has been removed" + (version ? " in " + version : "")),
        AxiosError_default.ERR_DEPRECATED
      );
    }
    if (version && !deprecatedWarnings[opt]) {
      deprecatedWarnings[opt] = true;
      console.warn(
        formatMessage(
          opt,
          " has been deprecated since v" + version + " and will be removed in the near future"
        )
      );
    }
    return validator3 ? validator3(value2, opt, opts) : true;
  };
};
validators.spelling = function spelling(correctSpelling) {
  return (value2, opt) => {
    console.warn(`${opt} is likely a misspelling of ${correctSpelling}`);
    return true;
  };
};
function assertOptions(options, schema, allowUnknown) {
  if (typeof options !== "object" || options === null) {
    throw new AxiosError_default("options must be an object", AxiosError_default.ERR_BAD_OPTION_VALUE);
  }
  const keys = Object.keys(options);
  let i = keys.length;
  while (i-- > 0) {
    const opt = keys[i];
    const validator3 = Object.prototype.hasOwnProperty.call(schema, opt) ? schema[opt] : void 0;
    if (validator3) {
      const value2 = options[opt];
      const result = value2 === void 0 || validator3(value2, opt, options);
      if (result !== true) {
        throw new AxiosError_default(
          "option " + opt + " must be " + result,
          AxiosError_default.ERR_BAD_OPTION_VALUE
        );
      }
      continue;
    }
    if (allowUnknown !== true) {
      throw new AxiosError_default("Unknown option " + opt, AxiosError_default.ERR_BAD_OPTION);
    }
  }
}
var validator_default = {
  assertOptions,
  validators
};

// node_modules/axios/lib/core/Axios.js
var validators2 = validator_default.validators;
var isHeadersBucket = (value2) => {
  if (value2 == null || utils_default.isPlainObject(value2) || value2 instanceof AxiosHeaders_default) {
    return true;
  }
  try {
    return utils_default.isObject(value2) && utils_default.getSafeProp(value2, Symbol.toStringTag) === "AxiosHeaders" && [
      "toJSON",
      "set",
      "get",
      "has",
      "delete",
      "clear",
      "normalize",
      "concat",
      "toString",
      Symbol.iterator
    ].every((method) => utils_default.isFunction(utils_default.getSafeProp(value2, method)));
  } catch (e) {
    return false;
  }
};
var Axios = class {
  constructor(instanceConfig) {
    this.defaults = instanceConfig || {};
    this.interceptors = {
      request: new InterceptorManager_default(),
      response: new InterceptorManager_default()
    };
  }
  /**
   * Dispatch a request
   *
   * @param {String|Object} configOrUrl The config specific for this request (merged with this.defaults)
   * @param {?Object} config
   *
   * @returns {Promise} The Promise to be fulfilled
   */
  async request(configOrUrl, config) {
    try {
      return await this._request(configOrUrl, config);
    } catch (err) {
      if (err instanceof Error) {
        try {
          let dummy = {};
          Error.captureStackTrace ? Error.captureStackTrace(dummy) : dummy = new Error();
          const dummyStack = dummy.stack;
          let stack = "";
          if (typeof dummyStack === "string") {
            const firstNewlineIndex = dummyStack.indexOf("\n");
            stack = firstNewlineIndex === -1 ? "" : dummyStack.slice(firstNewlineIndex + 1);
          }
          if (!err.stack) {
            err.stack = stack;
          } else if (stack) {
            const firstNewlineIndex = stack.indexOf("\n");
            const secondNewlineIndex = firstNewlineIndex === -1 ? -1 : stack.indexOf("\n", firstNewlineIndex + 1);
            const duplicateCheckSuffix = secondNewlineIndex === -1 ? stack : stack.slice(secondNewlineIndex + 1);
            const currentStack = String(err.stack);
            const causeIndex = getCauseStackIndex(err, currentStack);
            const stackHead = causeIndex === -1 ? currentStack : currentStack.slice(0, causeIndex);
            const causeSection = causeIndex === -1 ? "" : currentStack.slice(causeIndex);
            if (!stackHead.endsWith(duplicateCheckSuffix)) {
              err.stack = stackHead + "\n" + stack + causeSection;
            }
          }
        } catch (e) {
        }
      }
      throw err;
    }
  }
  _request(configOrUrl, config) {
    if (typeof configOrUrl === "string") {
      config = config || {};
      config.url = configOrUrl;
    } else {
      config = configOrUrl || {};
    }
    config = mergeConfig(this.defaults, config);
    const { transitional: transitional2, paramsSerializer, headers } = config;
    if (transitional2 !== void 0) {
      validator_default.assertOptions(
        transitional2,
        {
          silentJSONParsing: validators2.transitional(validators2.boolean),
          forcedJSONParsing: validators2.transitional(validators2.boolean),
          clarifyTimeoutError: validators2.transitional(validators2.boolean),
          legacyInterceptorReqResOrdering: validators2.transitional(validators2.boolean),
          advertiseZstdAcceptEncoding: validators2.transitional(validators2.boolean),
          validateStatusUndefinedResolves: validators2.transitional(validators2.boolean),
          encodeBasicAuthUsername: validators2.transitional(validators2.boolean)
        },
        false
      );
    }
    if (paramsSerializer != null) {
      if (utils_default.isFunction(paramsSerializer)) {
        config.paramsSerializer = {
          serialize: paramsSerializer
        };
      } else {
        validator_default.assertOptions(
          paramsSerializer,
          {
            encode: validators2.function,
            serialize: validators2.function
          },
          true
        );
      }
    }
    if (config.allowAbsoluteUrls !== void 0) {
    } else if (utils_default.hasOwnProp(this.defaults, "allowAbsoluteUrls") && this.defaults.allowAbsoluteUrls !== void 0) {
      config.allowAbsoluteUrls = this.defaults.allowAbsoluteUrls;
    } else {
      config.allowAbsoluteUrls = true;
    }
    validator_default.assertOptions(
      config,
      {
        baseUrl: validators2.spelling("baseURL"),
        withXsrfToken: validators2.spelling("withXSRFToken")
      },
      true
    );
    config.method = (utils_default.getSafeProp(config, "method") || utils_default.getSafeProp(this.defaults, "method") || "get").toLowerCase();
    const commonHeaders = utils_default.getSafeProp(headers, "common");
    const methodHeaders = utils_default.getSafeProp(headers, config.method);
    const contextHeaders = headers && utils_default.merge(
      isHeadersBucket(commonHeaders) ? commonHeaders : void 0,
      isHeadersBucket(methodHeaders) ? methodHeaders : void 0
    );
    headers && utils_default.forEach(methodList_default.concat("common"), (method) => {
      if (isHeadersBucket(utils_default.getSafeProp(headers, method))) {
        delete headers[method];
      }
    });
    config.headers = AxiosHeaders_default.concat(contextHeaders, headers);
    const requestInterceptorChain = [];
    let synchronousRequestInterceptors = true;
    this.interceptors.request.forEach(function unshiftRequestInterceptors(interceptor) {
      if (typeof interceptor.runWhen === "function" && interceptor.runWhen(config) === false) {
        return;
      }
      synchronousRequestInterceptors = synchronousRequestInterceptors && interceptor.synchronous;
      const transitional3 = config.transitional || transitional_default;
      const legacyInterceptorReqResOrdering = transitional3 && transitional3.legacyInterceptorReqResOrdering;
      if (legacyInterceptorReqResOrdering) {
        requestInterceptorChain.unshift(interceptor.fulfilled, interceptor.rejected);
      } else {
        requestInterceptorChain.push(interceptor.fulfilled, interceptor.rejected);
      }
    });
    const responseInterceptorChain = [];
    this.interceptors.response.forEach(function pushResponseInterceptors(interceptor) {
      responseInterceptorChain.push(interceptor.fulfilled, interceptor.rejected);
    });
    let promise;
    let i = 0;
    let len;
    if (!synchronousRequestInterceptors) {
      const chain = [dispatchRequest.bind(this), void 0];
      chain.unshift(...requestInterceptorChain);
      chain.push(...responseInterceptorChain);
      len = chain.length;
      promise = Promise.resolve(config);
      while (i < len) {
        promise = promise.then(chain[i++], chain[i++]);
      }
      return promise;
    }
    len = requestInterceptorChain.length;
    let newConfig = config;
    while (i < len) {
      const onFulfilled = requestInterceptorChain[i++];
      const onRejected = requestInterceptorChain[i++];
      try {
        newConfig = onFulfilled ? onFulfilled(newConfig) : newConfig;
      } catch (error) {
        if (!onRejected) {
          promise = Promise.reject(error);
          break;
        }
        try {
          const rejectedResult = onRejected.call(this, error);
          if (utils_default.isThenable(rejectedResult)) {
            promise = Promise.resolve(rejectedResult).then(
              () => dispatchRequest.call(this, newConfig)
            );
          }
        } catch (rejectedError) {
          promise = Promise.reject(rejectedError);
        }
        break;
      }
    }
    if (!promise) {
      try {
        promise = dispatchRequest.call(this, newConfig);
      } catch (error) {
        promise = Promise.reject(error);
      }
    }
    i = 0;
    len = responseInterceptorChain.length;
    while (i < len) {
      promise = promise.then(responseInterceptorChain[i++], responseInterceptorChain[i++]);
    }
    return promise;
  }
  getUri(config) {
    config = mergeConfig(this.defaults, config);
    const fullPath = buildFullPath(config.baseURL, config.url, config.allowAbsoluteUrls, config);
    return buildURL(fullPath, config.params, config.paramsSerializer);
  }
};
utils_default.forEach(["delete", "get", "head", "options"], function forEachMethodNoData(method) {
  Axios.prototype[method] = async function(url2, config) {
    return this.request(
      mergeConfig(config || {}, {
        method,
        url: url2,
        data: config && utils_default.hasOwnProp(config, "data") ? config.data : void 0
      })
    );
  };
});
utils_default.forEach(["post", "put", "patch", "query"], function forEachMethodWithData(method) {
  function generateHTTPMethod(isForm) {
    return async function httpMethod(url2, data, config) {
      return this.request(
        mergeConfig(config || {}, {
          method,
          headers: isForm ? {
            "Content-Type": "multipart/form-data"
          } : {},
          url: url2,
          data
        })
      );
    };
  }
  Axios.prototype[method] = generateHTTPMethod();
  if (method !== "query") {
    Axios.prototype[method + "Form"] = generateHTTPMethod(true);
  }
});
var Axios_default = Axios;

// node_modules/axios/lib/cancel/CancelToken.js
var CancelToken = class _CancelToken {
  constructor(executor) {
    if (typeof executor !== "function") {
      throw new TypeError("executor must be a function.");
    }
    let resolvePromise;
    this.promise = new Promise(function promiseExecutor(resolve3) {
      resolvePromise = resolve3;
    });
    const token2 = this;
    this.promise.then((cancel) => {
      if (!token2._listeners) return;
      let i = token2._listeners.length;
      while (i-- > 0) {
        token2._listeners[i](cancel);
      }
      token2._listeners = null;
    });
    this.promise.then = (onfulfilled) => {
      let _resolve;
      const promise = new Promise((resolve3) => {
        token2.subscribe(resolve3);
        _resolve = resolve3;
      }).then(onfulfilled);
      promise.cancel = function reject() {
        token2.unsubscribe(_resolve);
      };
      return promise;
    };
    executor(function cancel(message, config, request) {
      if (token2.reason) {
        return;
      }
      token2.reason = new CanceledError_default(message, config, request);
      resolvePromise(token2.reason);
    });
  }
  /**
   * Throws a `CanceledError` if cancellation has been requested.
   */
  throwIfRequested() {
    if (this.reason) {
      throw this.reason;
    }
  }
  /**
   * Subscribe to the cancel signal
   */
  subscribe(listener) {
    if (this.reason) {
      listener(this.reason);
      return;
    }
    if (this._listeners) {
      this._listeners.push(listener);
    } else {
      this._listeners = [listener];
    }
  }
  /**
   * Unsubscribe from the cancel signal
   */
  unsubscribe(listener) {
    if (!this._listeners) {
      return;
    }
    const index = this._listeners.indexOf(listener);
    if (index !== -1) {
      this._listeners.splice(index, 1);
    }
  }
  toAbortSignal() {
    const controller = new AbortController();
    const abort = (err) => {
      controller.abort(err);
    };
    this.subscribe(abort);
    controller.signal.unsubscribe = () => this.unsubscribe(abort);
    return controller.signal;
  }
  /**
   * Returns an object that contains a new `CancelToken` and a function that, when called,
   * cancels the `CancelToken`.
   */
  static source() {
    let cancel;
    const token2 = new _CancelToken(function executor(c) {
      cancel = c;
    });
    return {
      token: token2,
      cancel
    };
  }
};
var CancelToken_default = CancelToken;

// node_modules/axios/lib/helpers/spread.js
function spread(callback) {
  return function wrap(arr2) {
    return callback.apply(null, arr2);
  };
}

// node_modules/axios/lib/helpers/isAxiosError.js
function isAxiosError(payload) {
  return utils_default.isObject(payload) && payload.isAxiosError === true;
}

// node_modules/axios/lib/helpers/HttpStatusCode.js
var HttpStatusCode = {
  Continue: 100,
  SwitchingProtocols: 101,
  Processing: 102,
  EarlyHints: 103,
  Ok: 200,
  Created: 201,
  Accepted: 202,
  NonAuthoritativeInformation: 203,
  NoContent: 204,
  ResetContent: 205,
  PartialContent: 206,
  MultiStatus: 207,
  AlreadyReported: 208,
  ImUsed: 226,
  MultipleChoices: 300,
  MovedPermanently: 301,
  Found: 302,
  SeeOther: 303,
  NotModified: 304,
  UseProxy: 305,
  Unused: 306,
  TemporaryRedirect: 307,
  PermanentRedirect: 308,
  BadRequest: 400,
  Unauthorized: 401,
  PaymentRequired: 402,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  NotAcceptable: 406,
  ProxyAuthenticationRequired: 407,
  RequestTimeout: 408,
  Conflict: 409,
  Gone: 410,
  LengthRequired: 411,
  PreconditionFailed: 412,
  /**
   * @deprecated Use `ContentTooLarge` instead.
   */
  PayloadTooLarge: 413,
  ContentTooLarge: 413,
  UriTooLong: 414,
  UnsupportedMediaType: 415,
  RangeNotSatisfiable: 416,
  ExpectationFailed: 417,
  ImATeapot: 418,
  MisdirectedRequest: 421,
  /**
   * @deprecated Use `UnprocessableContent` instead.
   */
  UnprocessableEntity: 422,
  UnprocessableContent: 422,
  Locked: 423,
  FailedDependency: 424,
  TooEarly: 425,
  UpgradeRequired: 426,
  PreconditionRequired: 428,
  TooManyRequests: 429,
  RequestHeaderFieldsTooLarge: 431,
  UnavailableForLegalReasons: 451,
  InternalServerError: 500,
  NotImplemented: 501,
  BadGateway: 502,
  ServiceUnavailable: 503,
  GatewayTimeout: 504,
  HttpVersionNotSupported: 505,
  VariantAlsoNegotiates: 506,
  InsufficientStorage: 507,
  LoopDetected: 508,
  NotExtended: 510,
  NetworkAuthenticationRequired: 511,
  WebServerReturnsAnUnknownError: 520,
  WebServerIsDown: 521,
  ConnectionTimedOut: 522,
  OriginIsUnreachable: 523,
  TimeoutOccurred: 524,
  SslHandshakeFailed: 525,
  InvalidSslCertificate: 526
};
Object.entries(HttpStatusCode).forEach(([key, value2]) => {
  if (HttpStatusCode[value2] === void 0) {
    HttpStatusCode[value2] = key;
  }
});
var HttpStatusCode_default = HttpStatusCode;

// node_modules/axios/lib/axios.js
function createInstance(defaultConfig) {
  const context = new Axios_default(defaultConfig);
  const instance = bind(Axios_default.prototype.request, context);
  utils_default.extend(instance, Axios_default.prototype, context, { allOwnKeys: true });
  utils_default.extend(instance, context, null, { allOwnKeys: true });
  instance.create = function create2(instanceConfig) {
    return createInstance(mergeConfig(defaultConfig, instanceConfig));
  };
  return instance;
}
var axios = createInstance(defaults_default);
axios.Axios = Axios_default;
axios.CanceledError = CanceledError_default;
axios.CancelToken = CancelToken_default;
axios.isCancel = isCancel;
axios.VERSION = VERSION;
axios.toFormData = toFormData_default;
axios.AxiosError = AxiosError_default;
axios.Cancel = axios.CanceledError;
axios.all = function all(promises) {
  return Promise.all(promises);
};
axios.spread = spread;
axios.isAxiosError = isAxiosError;
axios.mergeConfig = mergeConfig;
axios.AxiosHeaders = AxiosHeaders_default;
axios.formToJSON = (thing) => formDataToJSON_default(utils_default.isHTMLForm(thing) ? new FormData(thing) : thing);
axios.getAdapter = adapters_default.getAdapter;
axios.HttpStatusCode = HttpStatusCode_default;
axios.default = axios;
var axios_default = axios;

// node_modules/axios/index.js
var {
  Axios: Axios2,
  AxiosError: AxiosError2,
  CanceledError: CanceledError2,
  isCancel: isCancel2,
  CancelToken: CancelToken2,
  VERSION: VERSION2,
  all: all2,
  Cancel,
  isAxiosError: isAxiosError2,
  spread: spread2,
  toFormData: toFormData2,
  AxiosHeaders: AxiosHeaders2,
  HttpStatusCode: HttpStatusCode2,
  formToJSON,
  getAdapter: getAdapter2,
  mergeConfig: mergeConfig2,
  create
} = axios_default;

// node_modules/@ory/client/dist/esm/base.js
var BASE_PATH = "https://playground.projects.oryapis.com".replace(/\/+$/, "");
var BaseAPI = class {
  constructor(configuration, basePath = BASE_PATH, axios2 = axios_default) {
    var _a;
    this.basePath = basePath;
    this.axios = axios2;
    if (configuration) {
      this.configuration = configuration;
      this.basePath = (_a = configuration.basePath) !== null && _a !== void 0 ? _a : basePath;
    }
  }
};
var RequiredError = class extends Error {
  constructor(field, msg) {
    super(msg);
    this.field = field;
    this.name = "RequiredError";
  }
};
var operationServerMap = {
  "EventsApi.createEventStream": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "EventsApi.deleteEventStream": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "EventsApi.listEventStreams": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "EventsApi.setEventStream": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.createOrganization": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.createOrganizationOnboardingPortalLink": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.createProject": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.createProjectApiKey": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.deleteOrganization": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.deleteOrganizationOnboardingPortalLink": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.deleteProjectApiKey": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.getOrganization": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.getOrganizationOnboardingPortalLinks": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.getProject": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.getProjectMembers": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.listOrganizations": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.listProjectApiKeys": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.listProjects": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.patchProject": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.patchProjectWithRevision": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.purgeProject": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.removeProjectMember": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.setProject": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.updateOrganization": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "ProjectApi.updateOrganizationOnboardingPortalLink": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "WorkspaceApi.createWorkspace": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "WorkspaceApi.createWorkspaceApiKey": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "WorkspaceApi.deleteWorkspaceApiKey": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "WorkspaceApi.getWorkspace": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "WorkspaceApi.listWorkspaceApiKeys": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "WorkspaceApi.listWorkspaceProjects": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "WorkspaceApi.listWorkspaces": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ],
  "WorkspaceApi.updateWorkspace": [
    {
      url: "https://api.console.ory.sh",
      description: "The Ory Network control plane API which is used to manage your Ory Network projects and workspaces."
    }
  ]
};

// node_modules/@ory/client/dist/esm/common.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value2) {
    return value2 instanceof P ? value2 : new P(function(resolve3) {
      resolve3(value2);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value2) {
      try {
        step(generator.next(value2));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value2) {
      try {
        step(generator["throw"](value2));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var DUMMY_BASE_URL = "https://example.com";
var assertParamExists = function(functionName, paramName, paramValue) {
  if (paramValue === null || paramValue === void 0) {
    throw new RequiredError(paramName, `Required parameter ${paramName} was null or undefined when calling ${functionName}.`);
  }
};
var setBearerAuthToObject = function(object, configuration) {
  return __awaiter(this, void 0, void 0, function* () {
    if (configuration && configuration.accessToken) {
      const accessToken = typeof configuration.accessToken === "function" ? yield configuration.accessToken() : yield configuration.accessToken;
      object["Authorization"] = "Bearer " + accessToken;
    }
  });
};
function setFlattenedQueryParams(urlSearchParams, parameter, key = "") {
  if (parameter == null)
    return;
  if (typeof parameter === "object") {
    if (Array.isArray(parameter)) {
      parameter.forEach((item) => setFlattenedQueryParams(urlSearchParams, item, key));
    } else {
      Object.keys(parameter).forEach((currentKey) => setFlattenedQueryParams(urlSearchParams, parameter[currentKey], `${key}${key !== "" ? "." : ""}${currentKey}`));
    }
  } else {
    if (urlSearchParams.has(key)) {
      urlSearchParams.append(key, parameter);
    } else {
      urlSearchParams.set(key, parameter);
    }
  }
}
var setSearchParams = function(url2, ...objects) {
  const searchParams = new URLSearchParams(url2.search);
  setFlattenedQueryParams(searchParams, objects);
  url2.search = searchParams.toString();
};
var serializeDataIfNeeded = function(value2, requestOptions, configuration) {
  const nonString = typeof value2 !== "string";
  const needsSerialization = nonString && configuration && configuration.isJsonMime ? configuration.isJsonMime(requestOptions.headers["Content-Type"]) : nonString;
  return needsSerialization ? JSON.stringify(value2 !== void 0 ? value2 : {}) : value2 || "";
};
var toPathString = function(url2) {
  return url2.pathname + url2.search + url2.hash;
};
var createRequestFunction = function(axiosArgs, globalAxios, BASE_PATH2, configuration) {
  return (axios2 = globalAxios, basePath = BASE_PATH2) => {
    var _a;
    const axiosRequestArgs = Object.assign(Object.assign({}, axiosArgs.options), { url: (axios2.defaults.baseURL ? "" : (_a = configuration === null || configuration === void 0 ? void 0 : configuration.basePath) !== null && _a !== void 0 ? _a : basePath) + axiosArgs.url });
    return axios2.request(axiosRequestArgs);
  };
};

// node_modules/@ory/client/dist/esm/api.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value2) {
    return value2 instanceof P ? value2 : new P(function(resolve3) {
      resolve3(value2);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value2) {
      try {
        step(generator.next(value2));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value2) {
      try {
        step(generator["throw"](value2));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ProjectApiAxiosParamCreator = function(configuration) {
  return {
    /**
     * Deprecated: use setProject or patchProjectWithRevision instead  Creates an Enterprise SSO Organization in a project.
     * @summary Create an Enterprise SSO Organization
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {OrganizationBody} [organizationBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    createOrganization: (projectId_1, organizationBody_1, ...args_1) => __awaiter2(this, [projectId_1, organizationBody_1, ...args_1], void 0, function* (projectId, organizationBody, options = {}) {
      assertParamExists("createOrganization", "projectId", projectId);
      const localVarPath = `/projects/{project_id}/organizations`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "POST" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      localVarHeaderParameter["Content-Type"] = "application/json";
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      localVarRequestOptions.data = serializeDataIfNeeded(organizationBody, localVarRequestOptions, configuration);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Create a onboarding portal link for an organization.
     * @summary Create organization onboarding portal link
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {CreateOrganizationOnboardingPortalLinkBody} [createOrganizationOnboardingPortalLinkBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    createOrganizationOnboardingPortalLink: (projectId_1, organizationId_1, createOrganizationOnboardingPortalLinkBody_1, ...args_1) => __awaiter2(this, [projectId_1, organizationId_1, createOrganizationOnboardingPortalLinkBody_1, ...args_1], void 0, function* (projectId, organizationId, createOrganizationOnboardingPortalLinkBody, options = {}) {
      assertParamExists("createOrganizationOnboardingPortalLink", "projectId", projectId);
      assertParamExists("createOrganizationOnboardingPortalLink", "organizationId", organizationId);
      const localVarPath = `/projects/{project_id}/organizations/{organization_id}/onboarding-portal-links`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId))).replace(`{${"organization_id"}}`, encodeURIComponent(String(organizationId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "POST" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      localVarHeaderParameter["Content-Type"] = "application/json";
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      localVarRequestOptions.data = serializeDataIfNeeded(createOrganizationOnboardingPortalLinkBody, localVarRequestOptions, configuration);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Creates a new project.
     * @summary Create a Project
     * @param {CreateProjectBody} [createProjectBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    createProject: (createProjectBody_1, ...args_1) => __awaiter2(this, [createProjectBody_1, ...args_1], void 0, function* (createProjectBody, options = {}) {
      const localVarPath = `/projects`;
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "POST" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      localVarHeaderParameter["Content-Type"] = "application/json";
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      localVarRequestOptions.data = serializeDataIfNeeded(createProjectBody, localVarRequestOptions, configuration);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Create an API key for a project.
     * @summary Create project API key
     * @param {string} project The Project ID or Project slug
     * @param {CreateProjectApiKeyBody} [createProjectApiKeyBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    createProjectApiKey: (project_1, createProjectApiKeyBody_1, ...args_1) => __awaiter2(this, [project_1, createProjectApiKeyBody_1, ...args_1], void 0, function* (project, createProjectApiKeyBody, options = {}) {
      assertParamExists("createProjectApiKey", "project", project);
      const localVarPath = `/projects/{project}/tokens`.replace(`{${"project"}}`, encodeURIComponent(String(project)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "POST" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      localVarHeaderParameter["Content-Type"] = "application/json";
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      localVarRequestOptions.data = serializeDataIfNeeded(createProjectApiKeyBody, localVarRequestOptions, configuration);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Deprecated: use setProject or patchProjectWithRevision instead  Irrecoverably deletes an Enterprise SSO Organization in a project by its ID.
     * @summary Delete Enterprise SSO Organization
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    deleteOrganization: (projectId_1, organizationId_1, ...args_1) => __awaiter2(this, [projectId_1, organizationId_1, ...args_1], void 0, function* (projectId, organizationId, options = {}) {
      assertParamExists("deleteOrganization", "projectId", projectId);
      assertParamExists("deleteOrganization", "organizationId", organizationId);
      const localVarPath = `/projects/{project_id}/organizations/{organization_id}`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId))).replace(`{${"organization_id"}}`, encodeURIComponent(String(organizationId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "DELETE" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Deletes a onboarding portal link for an organization.
     * @summary Delete an organization onboarding portal link
     * @param {string} projectId
     * @param {string} organizationId
     * @param {string} onboardingPortalLinkId
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    deleteOrganizationOnboardingPortalLink: (projectId_1, organizationId_1, onboardingPortalLinkId_1, ...args_1) => __awaiter2(this, [projectId_1, organizationId_1, onboardingPortalLinkId_1, ...args_1], void 0, function* (projectId, organizationId, onboardingPortalLinkId, options = {}) {
      assertParamExists("deleteOrganizationOnboardingPortalLink", "projectId", projectId);
      assertParamExists("deleteOrganizationOnboardingPortalLink", "organizationId", organizationId);
      assertParamExists("deleteOrganizationOnboardingPortalLink", "onboardingPortalLinkId", onboardingPortalLinkId);
      const localVarPath = `/projects/{project_id}/organizations/{organization_id}/onboarding-portal-links/{onboarding_portal_link_id}`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId))).replace(`{${"organization_id"}}`, encodeURIComponent(String(organizationId))).replace(`{${"onboarding_portal_link_id"}}`, encodeURIComponent(String(onboardingPortalLinkId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "DELETE" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Deletes an API key and immediately removes it.
     * @summary Delete project API key
     * @param {string} project The Project ID or Project slug
     * @param {string} tokenId The Token ID
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    deleteProjectApiKey: (project_1, tokenId_1, ...args_1) => __awaiter2(this, [project_1, tokenId_1, ...args_1], void 0, function* (project, tokenId, options = {}) {
      assertParamExists("deleteProjectApiKey", "project", project);
      assertParamExists("deleteProjectApiKey", "tokenId", tokenId);
      const localVarPath = `/projects/{project}/tokens/{token_id}`.replace(`{${"project"}}`, encodeURIComponent(String(project))).replace(`{${"token_id"}}`, encodeURIComponent(String(tokenId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "DELETE" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Deprecated: use getProject instead  Retrieves an Enterprise SSO Organization for a project by its ID
     * @summary Get Enterprise SSO Organization by ID
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    getOrganization: (projectId_1, organizationId_1, ...args_1) => __awaiter2(this, [projectId_1, organizationId_1, ...args_1], void 0, function* (projectId, organizationId, options = {}) {
      assertParamExists("getOrganization", "projectId", projectId);
      assertParamExists("getOrganization", "organizationId", organizationId);
      const localVarPath = `/projects/{project_id}/organizations/{organization_id}`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId))).replace(`{${"organization_id"}}`, encodeURIComponent(String(organizationId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "GET" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Retrieves the organization onboarding portal links.
     * @summary Get the organization onboarding portal links
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    getOrganizationOnboardingPortalLinks: (projectId_1, organizationId_1, ...args_1) => __awaiter2(this, [projectId_1, organizationId_1, ...args_1], void 0, function* (projectId, organizationId, options = {}) {
      assertParamExists("getOrganizationOnboardingPortalLinks", "projectId", projectId);
      assertParamExists("getOrganizationOnboardingPortalLinks", "organizationId", organizationId);
      const localVarPath = `/projects/{project_id}/organizations/{organization_id}/onboarding-portal-links`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId))).replace(`{${"organization_id"}}`, encodeURIComponent(String(organizationId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "GET" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Get a project you have access to by its ID.
     * @summary Get a Project
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    getProject: (projectId_1, ...args_1) => __awaiter2(this, [projectId_1, ...args_1], void 0, function* (projectId, options = {}) {
      assertParamExists("getProject", "projectId", projectId);
      const localVarPath = `/projects/{project_id}`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "GET" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * This endpoint requires the user to be a member of the project with the role `OWNER` or `DEVELOPER`.
     * @summary Get all members associated with this project
     * @param {string} project
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    getProjectMembers: (project_1, ...args_1) => __awaiter2(this, [project_1, ...args_1], void 0, function* (project, options = {}) {
      assertParamExists("getProjectMembers", "project", project);
      const localVarPath = `/projects/{project}/members`.replace(`{${"project"}}`, encodeURIComponent(String(project)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "GET" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Deprecated: use getProject instead  Lists all Enterprise SSO organizations in a project.
     * @summary List all Enterprise SSO organizations
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {number} [pageSize] Items per Page  This is the number of items per page to return. For details on pagination please head over to the [pagination documentation](https://www.ory.com/docs/ecosystem/api-design#pagination).
     * @param {string} [pageToken] Next Page Token  The next page token. For details on pagination please head over to the [pagination documentation](https://www.ory.com/docs/ecosystem/api-design#pagination).
     * @param {string} [domain] Domain  If set, only organizations with that domain will be returned.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    listOrganizations: (projectId_1, pageSize_1, pageToken_1, domain_1, ...args_1) => __awaiter2(this, [projectId_1, pageSize_1, pageToken_1, domain_1, ...args_1], void 0, function* (projectId, pageSize, pageToken, domain, options = {}) {
      assertParamExists("listOrganizations", "projectId", projectId);
      const localVarPath = `/projects/{project_id}/organizations`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "GET" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      if (pageSize !== void 0) {
        localVarQueryParameter["page_size"] = pageSize;
      }
      if (pageToken !== void 0) {
        localVarQueryParameter["page_token"] = pageToken;
      }
      if (domain !== void 0) {
        localVarQueryParameter["domain"] = domain;
      }
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * A list of all the project\'s API keys.
     * @summary List a project\'s API keys
     * @param {string} project The Project ID or Project slug
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    listProjectApiKeys: (project_1, ...args_1) => __awaiter2(this, [project_1, ...args_1], void 0, function* (project, options = {}) {
      assertParamExists("listProjectApiKeys", "project", project);
      const localVarPath = `/projects/{project}/tokens`.replace(`{${"project"}}`, encodeURIComponent(String(project)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "GET" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Lists all projects you have access to.
     * @summary List All Projects
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    listProjects: (...args_1) => __awaiter2(this, [...args_1], void 0, function* (options = {}) {
      const localVarPath = `/projects`;
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "GET" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Deprecated: Use the `patchProjectWithRevision` endpoint instead to specify the exact revision the patch was generated for.  This endpoints allows you to patch individual Ory Network project configuration keys for Ory\'s services (identity, permission, ...). The configuration format is fully compatible with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).  This endpoint expects the `version` key to be set in the payload. If it is unset, it will try to import the config as if it is from the most recent version.  If you have an older version of a configuration, you should set the version key in the payload!  While this endpoint is able to process all configuration items related to features (e.g. password reset), it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the open source.  For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings to help you understand which parts of your config could not be processed.
     * @summary Patch an Ory Network Project Configuration
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {Array<JsonPatch>} [jsonPatch]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    patchProject: (projectId_1, jsonPatch_1, ...args_1) => __awaiter2(this, [projectId_1, jsonPatch_1, ...args_1], void 0, function* (projectId, jsonPatch, options = {}) {
      assertParamExists("patchProject", "projectId", projectId);
      const localVarPath = `/projects/{project_id}`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "PATCH" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      localVarHeaderParameter["Content-Type"] = "application/json";
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      localVarRequestOptions.data = serializeDataIfNeeded(jsonPatch, localVarRequestOptions, configuration);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * This endpoints allows you to patch individual Ory Network Project configuration keys for Ory\'s services (identity, permission, ...). The configuration format is fully compatible with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).  This endpoint expects the `version` key to be set in the payload. If it is unset, it will try to import the config as if it is from the most recent version.  If you have an older version of a configuration, you should set the version key in the payload!  While this endpoint is able to process all configuration items related to features (e.g. password reset), it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the open source.  For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings to help you understand which parts of your config could not be processed.
     * @summary Patch an Ory Network Project Configuration based on a revision ID
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} revisionId Revision ID  The revision ID that this patch was generated for.
     * @param {Array<JsonPatch>} [jsonPatch]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    patchProjectWithRevision: (projectId_1, revisionId_1, jsonPatch_1, ...args_1) => __awaiter2(this, [projectId_1, revisionId_1, jsonPatch_1, ...args_1], void 0, function* (projectId, revisionId, jsonPatch, options = {}) {
      assertParamExists("patchProjectWithRevision", "projectId", projectId);
      assertParamExists("patchProjectWithRevision", "revisionId", revisionId);
      const localVarPath = `/projects/{project_id}/revision/{revision_id}`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId))).replace(`{${"revision_id"}}`, encodeURIComponent(String(revisionId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "PATCH" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      localVarHeaderParameter["Content-Type"] = "application/json";
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      localVarRequestOptions.data = serializeDataIfNeeded(jsonPatch, localVarRequestOptions, configuration);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * !! Use with extreme caution !!  Using this API endpoint you can purge (completely delete) a project and its data. This action can not be undone and will delete ALL your data.  Calling this endpoint will additionally delete custom domains and other related data.  If the project is linked to a subscription, the subscription needs to be unlinked first.
     * @summary Irrecoverably purge a project
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    purgeProject: (projectId_1, ...args_1) => __awaiter2(this, [projectId_1, ...args_1], void 0, function* (projectId, options = {}) {
      assertParamExists("purgeProject", "projectId", projectId);
      const localVarPath = `/projects/{project_id}`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "DELETE" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * This also sets their invite status to `REMOVED`. This endpoint requires the user to be a member of the project with the role `OWNER`.
     * @summary Remove a member associated with this project
     * @param {string} project
     * @param {string} member
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    removeProjectMember: (project_1, member_1, ...args_1) => __awaiter2(this, [project_1, member_1, ...args_1], void 0, function* (project, member, options = {}) {
      assertParamExists("removeProjectMember", "project", project);
      assertParamExists("removeProjectMember", "member", member);
      const localVarPath = `/projects/{project}/members/{member}`.replace(`{${"project"}}`, encodeURIComponent(String(project))).replace(`{${"member"}}`, encodeURIComponent(String(member)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "DELETE" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * This endpoints allows you to update the Ory Network project configuration for individual services (identity, permission, ...). The configuration is fully compatible with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).  This endpoint expects the `version` key to be set in the payload. If it is unset, it will try to import the config as if it is from the most recent version.  If you have an older version of a configuration, you should set the version key in the payload!  While this endpoint is able to process all configuration items related to features (e.g. password reset), it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the open source.  For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings to help you understand which parts of your config could not be processed.  Be aware that updating any service\'s configuration will completely override your current configuration for that service!
     * @summary Update an Ory Network Project Configuration
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {SetProject} [setProject]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    setProject: (projectId_1, setProject_1, ...args_1) => __awaiter2(this, [projectId_1, setProject_1, ...args_1], void 0, function* (projectId, setProject, options = {}) {
      assertParamExists("setProject", "projectId", projectId);
      const localVarPath = `/projects/{project_id}`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "PUT" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      localVarHeaderParameter["Content-Type"] = "application/json";
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      localVarRequestOptions.data = serializeDataIfNeeded(setProject, localVarRequestOptions, configuration);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Deprecated: use setProject or patchProjectWithRevision instead  Updates an Enterprise SSO Organization in a project by its ID.
     * @summary Update an Enterprise SSO Organization
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {OrganizationBody} [organizationBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    updateOrganization: (projectId_1, organizationId_1, organizationBody_1, ...args_1) => __awaiter2(this, [projectId_1, organizationId_1, organizationBody_1, ...args_1], void 0, function* (projectId, organizationId, organizationBody, options = {}) {
      assertParamExists("updateOrganization", "projectId", projectId);
      assertParamExists("updateOrganization", "organizationId", organizationId);
      const localVarPath = `/projects/{project_id}/organizations/{organization_id}`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId))).replace(`{${"organization_id"}}`, encodeURIComponent(String(organizationId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "PUT" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      localVarHeaderParameter["Content-Type"] = "application/json";
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      localVarRequestOptions.data = serializeDataIfNeeded(organizationBody, localVarRequestOptions, configuration);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    }),
    /**
     * Update a onboarding portal link for an organization.
     * @summary Update organization onboarding portal link
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {string} onboardingPortalLinkId
     * @param {UpdateOrganizationOnboardingPortalLinkBody} [updateOrganizationOnboardingPortalLinkBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    updateOrganizationOnboardingPortalLink: (projectId_1, organizationId_1, onboardingPortalLinkId_1, updateOrganizationOnboardingPortalLinkBody_1, ...args_1) => __awaiter2(this, [projectId_1, organizationId_1, onboardingPortalLinkId_1, updateOrganizationOnboardingPortalLinkBody_1, ...args_1], void 0, function* (projectId, organizationId, onboardingPortalLinkId, updateOrganizationOnboardingPortalLinkBody, options = {}) {
      assertParamExists("updateOrganizationOnboardingPortalLink", "projectId", projectId);
      assertParamExists("updateOrganizationOnboardingPortalLink", "organizationId", organizationId);
      assertParamExists("updateOrganizationOnboardingPortalLink", "onboardingPortalLinkId", onboardingPortalLinkId);
      const localVarPath = `/projects/{project_id}/organizations/{organization_id}/onboarding-portal-links/{onboarding_portal_link_id}`.replace(`{${"project_id"}}`, encodeURIComponent(String(projectId))).replace(`{${"organization_id"}}`, encodeURIComponent(String(organizationId))).replace(`{${"onboarding_portal_link_id"}}`, encodeURIComponent(String(onboardingPortalLinkId)));
      const localVarUrlObj = new URL(localVarPath, DUMMY_BASE_URL);
      let baseOptions;
      if (configuration) {
        baseOptions = configuration.baseOptions;
      }
      const localVarRequestOptions = Object.assign(Object.assign({ method: "POST" }, baseOptions), options);
      const localVarHeaderParameter = {};
      const localVarQueryParameter = {};
      yield setBearerAuthToObject(localVarHeaderParameter, configuration);
      localVarHeaderParameter["Content-Type"] = "application/json";
      setSearchParams(localVarUrlObj, localVarQueryParameter);
      let headersFromBaseOptions = baseOptions && baseOptions.headers ? baseOptions.headers : {};
      localVarRequestOptions.headers = Object.assign(Object.assign(Object.assign({}, localVarHeaderParameter), headersFromBaseOptions), options.headers);
      localVarRequestOptions.data = serializeDataIfNeeded(updateOrganizationOnboardingPortalLinkBody, localVarRequestOptions, configuration);
      return {
        url: toPathString(localVarUrlObj),
        options: localVarRequestOptions
      };
    })
  };
};
var ProjectApiFp = function(configuration) {
  const localVarAxiosParamCreator = ProjectApiAxiosParamCreator(configuration);
  return {
    /**
     * Deprecated: use setProject or patchProjectWithRevision instead  Creates an Enterprise SSO Organization in a project.
     * @summary Create an Enterprise SSO Organization
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {OrganizationBody} [organizationBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    createOrganization(projectId, organizationBody, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.createOrganization(projectId, organizationBody, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.createOrganization"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Create a onboarding portal link for an organization.
     * @summary Create organization onboarding portal link
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {CreateOrganizationOnboardingPortalLinkBody} [createOrganizationOnboardingPortalLinkBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    createOrganizationOnboardingPortalLink(projectId, organizationId, createOrganizationOnboardingPortalLinkBody, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.createOrganizationOnboardingPortalLink(projectId, organizationId, createOrganizationOnboardingPortalLinkBody, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.createOrganizationOnboardingPortalLink"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Creates a new project.
     * @summary Create a Project
     * @param {CreateProjectBody} [createProjectBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    createProject(createProjectBody, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.createProject(createProjectBody, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.createProject"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Create an API key for a project.
     * @summary Create project API key
     * @param {string} project The Project ID or Project slug
     * @param {CreateProjectApiKeyBody} [createProjectApiKeyBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    createProjectApiKey(project, createProjectApiKeyBody, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.createProjectApiKey(project, createProjectApiKeyBody, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.createProjectApiKey"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Deprecated: use setProject or patchProjectWithRevision instead  Irrecoverably deletes an Enterprise SSO Organization in a project by its ID.
     * @summary Delete Enterprise SSO Organization
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    deleteOrganization(projectId, organizationId, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.deleteOrganization(projectId, organizationId, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.deleteOrganization"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Deletes a onboarding portal link for an organization.
     * @summary Delete an organization onboarding portal link
     * @param {string} projectId
     * @param {string} organizationId
     * @param {string} onboardingPortalLinkId
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    deleteOrganizationOnboardingPortalLink(projectId, organizationId, onboardingPortalLinkId, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.deleteOrganizationOnboardingPortalLink(projectId, organizationId, onboardingPortalLinkId, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.deleteOrganizationOnboardingPortalLink"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Deletes an API key and immediately removes it.
     * @summary Delete project API key
     * @param {string} project The Project ID or Project slug
     * @param {string} tokenId The Token ID
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    deleteProjectApiKey(project, tokenId, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.deleteProjectApiKey(project, tokenId, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.deleteProjectApiKey"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Deprecated: use getProject instead  Retrieves an Enterprise SSO Organization for a project by its ID
     * @summary Get Enterprise SSO Organization by ID
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    getOrganization(projectId, organizationId, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.getOrganization(projectId, organizationId, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.getOrganization"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Retrieves the organization onboarding portal links.
     * @summary Get the organization onboarding portal links
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    getOrganizationOnboardingPortalLinks(projectId, organizationId, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.getOrganizationOnboardingPortalLinks(projectId, organizationId, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.getOrganizationOnboardingPortalLinks"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Get a project you have access to by its ID.
     * @summary Get a Project
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    getProject(projectId, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.getProject(projectId, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.getProject"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * This endpoint requires the user to be a member of the project with the role `OWNER` or `DEVELOPER`.
     * @summary Get all members associated with this project
     * @param {string} project
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    getProjectMembers(project, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.getProjectMembers(project, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.getProjectMembers"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Deprecated: use getProject instead  Lists all Enterprise SSO organizations in a project.
     * @summary List all Enterprise SSO organizations
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {number} [pageSize] Items per Page  This is the number of items per page to return. For details on pagination please head over to the [pagination documentation](https://www.ory.com/docs/ecosystem/api-design#pagination).
     * @param {string} [pageToken] Next Page Token  The next page token. For details on pagination please head over to the [pagination documentation](https://www.ory.com/docs/ecosystem/api-design#pagination).
     * @param {string} [domain] Domain  If set, only organizations with that domain will be returned.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    listOrganizations(projectId, pageSize, pageToken, domain, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.listOrganizations(projectId, pageSize, pageToken, domain, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.listOrganizations"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * A list of all the project\'s API keys.
     * @summary List a project\'s API keys
     * @param {string} project The Project ID or Project slug
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    listProjectApiKeys(project, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.listProjectApiKeys(project, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.listProjectApiKeys"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Lists all projects you have access to.
     * @summary List All Projects
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    listProjects(options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.listProjects(options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.listProjects"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Deprecated: Use the `patchProjectWithRevision` endpoint instead to specify the exact revision the patch was generated for.  This endpoints allows you to patch individual Ory Network project configuration keys for Ory\'s services (identity, permission, ...). The configuration format is fully compatible with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).  This endpoint expects the `version` key to be set in the payload. If it is unset, it will try to import the config as if it is from the most recent version.  If you have an older version of a configuration, you should set the version key in the payload!  While this endpoint is able to process all configuration items related to features (e.g. password reset), it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the open source.  For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings to help you understand which parts of your config could not be processed.
     * @summary Patch an Ory Network Project Configuration
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {Array<JsonPatch>} [jsonPatch]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    patchProject(projectId, jsonPatch, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.patchProject(projectId, jsonPatch, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.patchProject"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * This endpoints allows you to patch individual Ory Network Project configuration keys for Ory\'s services (identity, permission, ...). The configuration format is fully compatible with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).  This endpoint expects the `version` key to be set in the payload. If it is unset, it will try to import the config as if it is from the most recent version.  If you have an older version of a configuration, you should set the version key in the payload!  While this endpoint is able to process all configuration items related to features (e.g. password reset), it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the open source.  For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings to help you understand which parts of your config could not be processed.
     * @summary Patch an Ory Network Project Configuration based on a revision ID
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} revisionId Revision ID  The revision ID that this patch was generated for.
     * @param {Array<JsonPatch>} [jsonPatch]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    patchProjectWithRevision(projectId, revisionId, jsonPatch, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.patchProjectWithRevision(projectId, revisionId, jsonPatch, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.patchProjectWithRevision"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * !! Use with extreme caution !!  Using this API endpoint you can purge (completely delete) a project and its data. This action can not be undone and will delete ALL your data.  Calling this endpoint will additionally delete custom domains and other related data.  If the project is linked to a subscription, the subscription needs to be unlinked first.
     * @summary Irrecoverably purge a project
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    purgeProject(projectId, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.purgeProject(projectId, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.purgeProject"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * This also sets their invite status to `REMOVED`. This endpoint requires the user to be a member of the project with the role `OWNER`.
     * @summary Remove a member associated with this project
     * @param {string} project
     * @param {string} member
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    removeProjectMember(project, member, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.removeProjectMember(project, member, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.removeProjectMember"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * This endpoints allows you to update the Ory Network project configuration for individual services (identity, permission, ...). The configuration is fully compatible with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).  This endpoint expects the `version` key to be set in the payload. If it is unset, it will try to import the config as if it is from the most recent version.  If you have an older version of a configuration, you should set the version key in the payload!  While this endpoint is able to process all configuration items related to features (e.g. password reset), it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the open source.  For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings to help you understand which parts of your config could not be processed.  Be aware that updating any service\'s configuration will completely override your current configuration for that service!
     * @summary Update an Ory Network Project Configuration
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {SetProject} [setProject]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    setProject(projectId, setProject, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.setProject(projectId, setProject, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.setProject"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Deprecated: use setProject or patchProjectWithRevision instead  Updates an Enterprise SSO Organization in a project by its ID.
     * @summary Update an Enterprise SSO Organization
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {OrganizationBody} [organizationBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    updateOrganization(projectId, organizationId, organizationBody, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.updateOrganization(projectId, organizationId, organizationBody, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.updateOrganization"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    },
    /**
     * Update a onboarding portal link for an organization.
     * @summary Update organization onboarding portal link
     * @param {string} projectId Project ID  The project\&#39;s ID.
     * @param {string} organizationId Organization ID  The Organization\&#39;s ID.
     * @param {string} onboardingPortalLinkId
     * @param {UpdateOrganizationOnboardingPortalLinkBody} [updateOrganizationOnboardingPortalLinkBody]
     * @param {*} [options] Override http request option.
     * @throws {RequiredError}
     */
    updateOrganizationOnboardingPortalLink(projectId, organizationId, onboardingPortalLinkId, updateOrganizationOnboardingPortalLinkBody, options) {
      return __awaiter2(this, void 0, void 0, function* () {
        var _a, _b, _c;
        const localVarAxiosArgs = yield localVarAxiosParamCreator.updateOrganizationOnboardingPortalLink(projectId, organizationId, onboardingPortalLinkId, updateOrganizationOnboardingPortalLinkBody, options);
        const localVarOperationServerIndex = (_a = configuration === null || configuration === void 0 ? void 0 : configuration.serverIndex) !== null && _a !== void 0 ? _a : 0;
        const localVarOperationServerBasePath = (_c = (_b = operationServerMap["ProjectApi.updateOrganizationOnboardingPortalLink"]) === null || _b === void 0 ? void 0 : _b[localVarOperationServerIndex]) === null || _c === void 0 ? void 0 : _c.url;
        return (axios2, basePath) => createRequestFunction(localVarAxiosArgs, axios_default, BASE_PATH, configuration)(axios2, localVarOperationServerBasePath || basePath);
      });
    }
  };
};
var ProjectApi = class extends BaseAPI {
  /**
   * Deprecated: use setProject or patchProjectWithRevision instead  Creates an Enterprise SSO Organization in a project.
   * @summary Create an Enterprise SSO Organization
   * @param {ProjectApiCreateOrganizationRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  createOrganization(requestParameters, options) {
    return ProjectApiFp(this.configuration).createOrganization(requestParameters.projectId, requestParameters.organizationBody, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Create a onboarding portal link for an organization.
   * @summary Create organization onboarding portal link
   * @param {ProjectApiCreateOrganizationOnboardingPortalLinkRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  createOrganizationOnboardingPortalLink(requestParameters, options) {
    return ProjectApiFp(this.configuration).createOrganizationOnboardingPortalLink(requestParameters.projectId, requestParameters.organizationId, requestParameters.createOrganizationOnboardingPortalLinkBody, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Creates a new project.
   * @summary Create a Project
   * @param {ProjectApiCreateProjectRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  createProject(requestParameters = {}, options) {
    return ProjectApiFp(this.configuration).createProject(requestParameters.createProjectBody, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Create an API key for a project.
   * @summary Create project API key
   * @param {ProjectApiCreateProjectApiKeyRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  createProjectApiKey(requestParameters, options) {
    return ProjectApiFp(this.configuration).createProjectApiKey(requestParameters.project, requestParameters.createProjectApiKeyBody, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Deprecated: use setProject or patchProjectWithRevision instead  Irrecoverably deletes an Enterprise SSO Organization in a project by its ID.
   * @summary Delete Enterprise SSO Organization
   * @param {ProjectApiDeleteOrganizationRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  deleteOrganization(requestParameters, options) {
    return ProjectApiFp(this.configuration).deleteOrganization(requestParameters.projectId, requestParameters.organizationId, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Deletes a onboarding portal link for an organization.
   * @summary Delete an organization onboarding portal link
   * @param {ProjectApiDeleteOrganizationOnboardingPortalLinkRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  deleteOrganizationOnboardingPortalLink(requestParameters, options) {
    return ProjectApiFp(this.configuration).deleteOrganizationOnboardingPortalLink(requestParameters.projectId, requestParameters.organizationId, requestParameters.onboardingPortalLinkId, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Deletes an API key and immediately removes it.
   * @summary Delete project API key
   * @param {ProjectApiDeleteProjectApiKeyRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  deleteProjectApiKey(requestParameters, options) {
    return ProjectApiFp(this.configuration).deleteProjectApiKey(requestParameters.project, requestParameters.tokenId, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Deprecated: use getProject instead  Retrieves an Enterprise SSO Organization for a project by its ID
   * @summary Get Enterprise SSO Organization by ID
   * @param {ProjectApiGetOrganizationRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  getOrganization(requestParameters, options) {
    return ProjectApiFp(this.configuration).getOrganization(requestParameters.projectId, requestParameters.organizationId, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Retrieves the organization onboarding portal links.
   * @summary Get the organization onboarding portal links
   * @param {ProjectApiGetOrganizationOnboardingPortalLinksRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  getOrganizationOnboardingPortalLinks(requestParameters, options) {
    return ProjectApiFp(this.configuration).getOrganizationOnboardingPortalLinks(requestParameters.projectId, requestParameters.organizationId, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Get a project you have access to by its ID.
   * @summary Get a Project
   * @param {ProjectApiGetProjectRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  getProject(requestParameters, options) {
    return ProjectApiFp(this.configuration).getProject(requestParameters.projectId, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * This endpoint requires the user to be a member of the project with the role `OWNER` or `DEVELOPER`.
   * @summary Get all members associated with this project
   * @param {ProjectApiGetProjectMembersRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  getProjectMembers(requestParameters, options) {
    return ProjectApiFp(this.configuration).getProjectMembers(requestParameters.project, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Deprecated: use getProject instead  Lists all Enterprise SSO organizations in a project.
   * @summary List all Enterprise SSO organizations
   * @param {ProjectApiListOrganizationsRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  listOrganizations(requestParameters, options) {
    return ProjectApiFp(this.configuration).listOrganizations(requestParameters.projectId, requestParameters.pageSize, requestParameters.pageToken, requestParameters.domain, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * A list of all the project\'s API keys.
   * @summary List a project\'s API keys
   * @param {ProjectApiListProjectApiKeysRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  listProjectApiKeys(requestParameters, options) {
    return ProjectApiFp(this.configuration).listProjectApiKeys(requestParameters.project, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Lists all projects you have access to.
   * @summary List All Projects
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  listProjects(options) {
    return ProjectApiFp(this.configuration).listProjects(options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Deprecated: Use the `patchProjectWithRevision` endpoint instead to specify the exact revision the patch was generated for.  This endpoints allows you to patch individual Ory Network project configuration keys for Ory\'s services (identity, permission, ...). The configuration format is fully compatible with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).  This endpoint expects the `version` key to be set in the payload. If it is unset, it will try to import the config as if it is from the most recent version.  If you have an older version of a configuration, you should set the version key in the payload!  While this endpoint is able to process all configuration items related to features (e.g. password reset), it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the open source.  For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings to help you understand which parts of your config could not be processed.
   * @summary Patch an Ory Network Project Configuration
   * @param {ProjectApiPatchProjectRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  patchProject(requestParameters, options) {
    return ProjectApiFp(this.configuration).patchProject(requestParameters.projectId, requestParameters.jsonPatch, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * This endpoints allows you to patch individual Ory Network Project configuration keys for Ory\'s services (identity, permission, ...). The configuration format is fully compatible with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).  This endpoint expects the `version` key to be set in the payload. If it is unset, it will try to import the config as if it is from the most recent version.  If you have an older version of a configuration, you should set the version key in the payload!  While this endpoint is able to process all configuration items related to features (e.g. password reset), it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the open source.  For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings to help you understand which parts of your config could not be processed.
   * @summary Patch an Ory Network Project Configuration based on a revision ID
   * @param {ProjectApiPatchProjectWithRevisionRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  patchProjectWithRevision(requestParameters, options) {
    return ProjectApiFp(this.configuration).patchProjectWithRevision(requestParameters.projectId, requestParameters.revisionId, requestParameters.jsonPatch, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * !! Use with extreme caution !!  Using this API endpoint you can purge (completely delete) a project and its data. This action can not be undone and will delete ALL your data.  Calling this endpoint will additionally delete custom domains and other related data.  If the project is linked to a subscription, the subscription needs to be unlinked first.
   * @summary Irrecoverably purge a project
   * @param {ProjectApiPurgeProjectRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  purgeProject(requestParameters, options) {
    return ProjectApiFp(this.configuration).purgeProject(requestParameters.projectId, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * This also sets their invite status to `REMOVED`. This endpoint requires the user to be a member of the project with the role `OWNER`.
   * @summary Remove a member associated with this project
   * @param {ProjectApiRemoveProjectMemberRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  removeProjectMember(requestParameters, options) {
    return ProjectApiFp(this.configuration).removeProjectMember(requestParameters.project, requestParameters.member, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * This endpoints allows you to update the Ory Network project configuration for individual services (identity, permission, ...). The configuration is fully compatible with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).  This endpoint expects the `version` key to be set in the payload. If it is unset, it will try to import the config as if it is from the most recent version.  If you have an older version of a configuration, you should set the version key in the payload!  While this endpoint is able to process all configuration items related to features (e.g. password reset), it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the open source.  For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings to help you understand which parts of your config could not be processed.  Be aware that updating any service\'s configuration will completely override your current configuration for that service!
   * @summary Update an Ory Network Project Configuration
   * @param {ProjectApiSetProjectRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  setProject(requestParameters, options) {
    return ProjectApiFp(this.configuration).setProject(requestParameters.projectId, requestParameters.setProject, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Deprecated: use setProject or patchProjectWithRevision instead  Updates an Enterprise SSO Organization in a project by its ID.
   * @summary Update an Enterprise SSO Organization
   * @param {ProjectApiUpdateOrganizationRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  updateOrganization(requestParameters, options) {
    return ProjectApiFp(this.configuration).updateOrganization(requestParameters.projectId, requestParameters.organizationId, requestParameters.organizationBody, options).then((request) => request(this.axios, this.basePath));
  }
  /**
   * Update a onboarding portal link for an organization.
   * @summary Update organization onboarding portal link
   * @param {ProjectApiUpdateOrganizationOnboardingPortalLinkRequest} requestParameters Request parameters.
   * @param {*} [options] Override http request option.
   * @throws {RequiredError}
   */
  updateOrganizationOnboardingPortalLink(requestParameters, options) {
    return ProjectApiFp(this.configuration).updateOrganizationOnboardingPortalLink(requestParameters.projectId, requestParameters.organizationId, requestParameters.onboardingPortalLinkId, requestParameters.updateOrganizationOnboardingPortalLinkBody, options).then((request) => request(this.axios, this.basePath));
  }
};

// node_modules/@ory/client/dist/esm/configuration.js
var Configuration = class {
  constructor(param = {}) {
    var _a;
    this.apiKey = param.apiKey;
    this.username = param.username;
    this.password = param.password;
    this.accessToken = param.accessToken;
    this.awsv4 = param.awsv4;
    this.basePath = param.basePath;
    this.serverIndex = param.serverIndex;
    this.baseOptions = Object.assign(Object.assign({}, param.baseOptions), { headers: Object.assign({}, (_a = param.baseOptions) === null || _a === void 0 ? void 0 : _a.headers) });
    this.formDataCtor = param.formDataCtor;
  }
  /**
   * Check if the given MIME is a JSON MIME.
   * JSON MIME examples:
   *   application/json
   *   application/json; charset=UTF8
   *   APPLICATION/JSON
   *   application/vnd.company+json
   * @param mime - MIME (Multipurpose Internet Mail Extensions)
   * @return True if the given MIME is JSON, false otherwise.
   */
  isJsonMime(mime) {
    const jsonMime = new RegExp("^(application/json|[^;/ 	]+/[^;/ 	]+[+]json)[ 	]*(;.*)?$", "i");
    return mime !== null && (jsonMime.test(mime) || mime.toLowerCase() === "application/json-patch+json");
  }
};

// src/model/records.ts
function isRecord(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}

// src/ory/pointer.ts
function escapePointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function pointerOf(segments) {
  return segments.map((s) => "/" + escapePointerSegment(String(s))).join("");
}
function valueAt(root, segments) {
  let node = root;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      const index = Number(segment);
      if (!Number.isInteger(index)) return void 0;
      node = node[index];
    } else if (isRecord(node)) {
      node = Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : void 0;
    } else {
      return void 0;
    }
  }
  return node;
}

// src/ory/retry.ts
var DEFAULT_RETRY_POLICY = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 15e3, budgetMs: 6e4 };
var realSleep = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));
function parseRetryAfter(value2, now = Date.now()) {
  if (typeof value2 !== "string" && typeof value2 !== "number") return void 0;
  const seconds = Number(value2);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1e3;
  const date = Date.parse(String(value2));
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
async function withRetries(operation, classify2, policy, sleep = realSleep, onRetry) {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      const decision = classify2(error);
      if (!decision.retry || attempt >= policy.maxAttempts) throw error;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const jitter = Math.floor(backoff * 0.2 * Math.random());
      const delay = Math.min(policy.maxDelayMs, Math.max(decision.retryAfterMs ?? 0, backoff + jitter));
      if (Date.now() - started + delay > policy.budgetMs) throw error;
      onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}

// src/ory/client.ts
var RevisionConflict = class extends Error {
  constructor(projectId) {
    super(`project ${projectId} changed since it was read (409 Conflict)`);
    this.name = "RevisionConflict";
  }
};
var PatchRejected = class extends Error {
  constructor(projectId, oryMessage) {
    super(`Ory refused the change to project ${projectId}: ${oryMessage}`);
    this.projectId = projectId;
    this.oryMessage = oryMessage;
    this.name = "PatchRejected";
  }
  projectId;
  oryMessage;
};
function describeHttpFailure(error) {
  if (!isRecord(error)) return {};
  const response = isRecord(error.response) ? error.response : void 0;
  const headers = response && isRecord(response.headers) ? response.headers : {};
  const data = response && isRecord(response.data) ? response.data : void 0;
  const oryError = data && isRecord(data.error) ? data.error : data;
  const oryMessage = oryError ? [oryError.message, oryError.reason].filter((s) => typeof s === "string" && s !== "").join(" — ") || void 0 : void 0;
  return {
    ...typeof response?.status === "number" ? { status: response.status } : {},
    retryAfter: headers["retry-after"],
    ...oryMessage ? { oryMessage } : {},
    ...typeof error.code === "string" ? { code: error.code } : {}
  };
}
function classify(error) {
  const failure = describeHttpFailure(error);
  if (failure.status === void 0) return { retry: true };
  if (failure.status === 429 || failure.status >= 500) {
    const retryAfterMs = parseRetryAfter(failure.retryAfter);
    return retryAfterMs === void 0 ? { retry: true } : { retry: true, retryAfterMs };
  }
  return { retry: false };
}
function toRunFailure(error, what, projectId) {
  const failure = describeHttpFailure(error);
  const detail = failure.oryMessage ? `: ${failure.oryMessage}` : "";
  switch (failure.status) {
    case void 0:
      return new RunFailure(
        "ory-unavailable",
        `Could not reach Ory to ${what} (${failure.code ?? "network error"}), after retries. Check ory-api-url and try again.`,
        { cause: error }
      );
    case 401:
      return new RunFailure("ory-auth", `Ory refused the API key (401) to ${what}${detail}. Set ory-api-key to a valid workspace API key (ory_wak_...).`);
    case 403:
      return new RunFailure(
        "ory-auth",
        `Ory denied access (403) to ${what}${detail}. Use a workspace API key (ory_wak_...) of the workspace that owns project ${projectId}; project API keys (ory_pat_...) cannot change project config.`
      );
    case 404:
      return new RunFailure("ory-auth", `Project ${projectId} was not found (404)${detail}. Check the project_id, and that the workspace API key belongs to its workspace.`);
    case 429:
      return new RunFailure("ory-unavailable", `Ory kept rate-limiting requests (429) to ${what}, after retries. Try again later.`);
    default:
      if (failure.status >= 500) {
        return new RunFailure("ory-unavailable", `Ory answered ${failure.status} to ${what}${detail}, after retries. Try again later.`);
      }
      return new RunFailure("apply-failed", `Ory answered ${failure.status} to ${what}${detail}.`);
  }
}
function createOryProjects(options) {
  const api = new ProjectApi(
    new Configuration({
      basePath: options.apiUrl.replace(/\/+$/, ""),
      accessToken: options.apiKey,
      baseOptions: { timeout: options.timeoutMs ?? 3e4 }
    })
  );
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const onRetry = (what) => (error, attempt, delayMs) => {
    const failure = describeHttpFailure(error);
    const why = failure.status ? `HTTP ${failure.status}` : failure.code ?? "network error";
    options.onRetry?.(`Ory: ${what} failed (${why}); retry ${attempt} in ${Math.round(delayMs)} ms`);
  };
  return {
    async getProject(projectId) {
      const what = `read project ${projectId}`;
      try {
        const response = await withRetries(() => api.getProject({ projectId }), classify, policy, options.sleep, onRetry(what));
        return response.data;
      } catch (error) {
        throw toRunFailure(error, what, projectId);
      }
    },
    async patchProject(projectId, revisionId, operations) {
      const what = `update project ${projectId}`;
      try {
        const response = await withRetries(
          () => api.patchProjectWithRevision({ projectId, revisionId, jsonPatch: [...operations] }),
          classify,
          policy,
          options.sleep,
          onRetry(what)
        );
        return { project: response.data.project, warnings: response.data.warnings ?? [] };
      } catch (error) {
        const failure = describeHttpFailure(error);
        if (failure.status === 409) throw new RevisionConflict(projectId);
        if (failure.status === 400) throw new PatchRejected(projectId, failure.oryMessage ?? "Bad Request");
        throw toRunFailure(error, what, projectId);
      }
    }
  };
}

// src/ory/concurrency.ts
async function mapWithLimit(items2, limit, task) {
  const results = new Array(items2.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items2.length) {
      const index = next++;
      try {
        results[index] = await task(items2[index], index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items2.length)) }, worker));
  return results;
}

// src/ory/webhook-codec.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);

// src/model/hook-list.ts
var FLOWS = ["login", "registration", "recovery", "settings", "verification"];
var TIMINGS = ["before", "after"];
var HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
var AFTER_METHODS = {
  login: ["password", "oidc", "code", "webauthn", "passkey", "totp", "lookup_secret"],
  registration: ["password", "oidc", "code", "webauthn", "passkey"],
  settings: ["password", "oidc", "profile", "webauthn", "passkey", "totp", "lookup_secret"],
  recovery: ["code", "link"],
  verification: ["code", "link"]
};
var FLAT_AFTER_FLOWS = /* @__PURE__ */ new Set(["recovery", "verification"]);
var IDENTITY_CONFIG_POINTER = "/services/identity/config";
var FLOWS_POINTER = `${IDENTITY_CONFIG_POINTER}/selfservice/flows`;
function hookListFor(flow, timing, authMethod) {
  if (timing === "before" || FLAT_AFTER_FLOWS.has(flow)) return { flow, timing };
  if (!authMethod) throw new Error(`auth_method is required for ${flow} after hooks`);
  return { flow, timing, method: authMethod };
}
function hookListKey(list) {
  return list.method ? `${list.flow}.${list.timing}.${list.method}` : `${list.flow}.${list.timing}`;
}
function hookListSegments(list) {
  return list.method ? [list.flow, list.timing, list.method, "hooks"] : [list.flow, list.timing, "hooks"];
}
function hookListPointer(list) {
  return `${FLOWS_POINTER}/${hookListSegments(list).join("/")}`;
}
function allHookLists() {
  const lists = [];
  for (const flow of FLOWS) {
    lists.push({ flow, timing: "before" });
    if (FLAT_AFTER_FLOWS.has(flow)) lists.push({ flow, timing: "after" });
    else for (const method of AFTER_METHODS[flow]) lists.push({ flow, timing: "after", method });
  }
  return lists;
}

// src/ory/webhook-codec.ts
var BASE64_PREFIX = "base64://";
function encodeBody(source) {
  return BASE64_PREFIX + Buffer.from(source, "utf8").toString("base64");
}
function sha512Hex(text) {
  return (0, import_node_crypto.createHash)("sha512").update(text, "utf8").digest("hex");
}
function decodeBody(body) {
  if (body === void 0 || body === null || body === "") return { kind: "none" };
  if (typeof body !== "string") return { kind: "opaque", value: JSON.stringify(body) };
  if (body.startsWith(BASE64_PREFIX)) {
    const encoded = body.slice(BASE64_PREFIX.length);
    if (/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return { kind: "inline", source: Buffer.from(encoded, "base64").toString("utf8") };
    return { kind: "opaque", value: body };
  }
  if (/^https?:\/\//i.test(body)) {
    const fileName = body.split(/[?#]/)[0].split("/").pop() ?? "";
    const match = /^([0-9a-f]{128})(?:\.[A-Za-z0-9]+)?$/.exec(fileName);
    return match ? { kind: "stored", url: body, sha512: match[1] } : { kind: "stored", url: body };
  }
  return { kind: "opaque", value: body };
}
function readSecret(value2) {
  if (typeof value2 !== "string" || value2 === "" || /^\*+$/.test(value2) || value2.includes("****")) return { known: false };
  return { known: true, value: value2 };
}
function decodeAuth(auth) {
  if (!isRecord(auth)) return void 0;
  const config = isRecord(auth.config) ? auth.config : {};
  if (auth.type === "basic_auth") {
    return { type: "basic_auth", user: String(config.user ?? ""), password: readSecret(config.password) };
  }
  return {
    type: "api_key",
    name: String(config.name ?? ""),
    in: String(config.in ?? "header"),
    value: readSecret(config.value)
  };
}
function isWebhook(hook) {
  return isRecord(hook) && hook.hook === "web_hook" && isRecord(hook.config);
}
function decodeWebhook(list, index, hook) {
  const config = hook.config;
  const response = isRecord(config.response) ? config.response : {};
  const auth = decodeAuth(config.auth);
  return {
    list,
    index,
    url: String(config.url ?? ""),
    method: String(config.method ?? "").toUpperCase(),
    body: decodeBody(config.body),
    canInterrupt: config.can_interrupt === true,
    responseIgnore: response.ignore === true,
    responseParse: response.parse === true,
    ...auth ? { auth } : {},
    raw: hook
  };
}
function identityConfigOf(project) {
  const config = valueAt(project, ["services", "identity", "config"]);
  return isRecord(config) ? config : void 0;
}
var FLOWS_SEGMENTS = FLOWS_POINTER.split("/").slice(1);
function readHookList(project, list) {
  const hooks = valueAt(project, [...FLOWS_SEGMENTS, ...hookListSegments(list)]);
  if (!Array.isArray(hooks)) return { list, exists: false, hooks: [], webhooks: [] };
  const webhooks = [];
  hooks.forEach((hook, index) => {
    if (isWebhook(hook)) webhooks.push(decodeWebhook(list, index, hook));
  });
  return { list, exists: true, hooks, webhooks };
}
function readLiveProject(project) {
  if (!isRecord(project)) throw new Error("Ory answered a project that is not an object");
  return {
    id: String(project.id ?? ""),
    ...typeof project.name === "string" ? { name: project.name } : {},
    revisionId: String(project.revision_id ?? ""),
    lists: allHookLists().map((list) => readHookList(project, list)),
    raw: project
  };
}
function encodeWebhook(action) {
  const config = { url: action.url, method: action.method };
  if (action.body) config.body = encodeBody(action.body.source);
  config.can_interrupt = action.canInterrupt;
  config.response = { ignore: action.responseIgnore, parse: action.responseParse };
  if (action.auth) config.auth = encodeAuth(action.auth);
  return { hook: "web_hook", config };
}
function encodeAuth(auth) {
  return auth.type === "api_key" ? { type: "api_key", config: { name: auth.name, value: auth.value, in: auth.in } } : { type: "basic_auth", config: { user: auth.user, password: auth.password } };
}

// src/ory/read-projects.ts
var PROJECT_CONCURRENCY = 8;
async function readProjects(ory, projectIds, concurrency = PROJECT_CONCURRENCY) {
  return mapWithLimit(projectIds, concurrency, async (id) => {
    const project = readLiveProject(await ory.getProject(id));
    return project.id === "" ? { ...project, id } : project;
  });
}

// src/patch/build.ts
var FLOWS_SEGMENTS2 = FLOWS_POINTER.split("/").slice(1);
function listOf(work, list) {
  const key = hookListKey(list);
  const found = work.live.lists.find((l) => hookListKey(l.list) === key);
  if (!found) throw new Error(`internal: hook list ${key} was not read`);
  return found;
}
function guardHook(base, hook) {
  const raw = hook.raw;
  return [
    { op: "test", path: `${base}/${hook.index}/hook`, value: "web_hook" },
    { op: "test", path: `${base}/${hook.index}/config/url`, value: raw.config.url },
    { op: "test", path: `${base}/${hook.index}/config/method`, value: raw.config.method }
  ];
}
function setField(path, exists, value2) {
  return exists ? { op: "replace", path, value: value2 } : { op: "add", path, value: value2 };
}
function updateOperations(base, action, hook, writes) {
  const config = hook.raw.config;
  const path = `${base}/${hook.index}/config`;
  const ops = [];
  const has2 = (key) => Object.prototype.hasOwnProperty.call(config, key);
  for (const field of writes) {
    switch (field) {
      case "body":
        if (action.body) ops.push(setField(`${path}/body`, has2("body"), encodeBody(action.body.source)));
        else if (has2("body")) ops.push({ op: "remove", path: `${path}/body` });
        break;
      case "can_interrupt":
        ops.push(setField(`${path}/can_interrupt`, has2("can_interrupt"), action.canInterrupt));
        break;
      case "response_ignore":
      case "response_parse": {
        const key = field === "response_ignore" ? "ignore" : "parse";
        const value2 = field === "response_ignore" ? action.responseIgnore : action.responseParse;
        if (isRecord(config.response)) ops.push(setField(`${path}/response/${key}`, key in config.response, value2));
        else if (!ops.some((op) => op.path === `${path}/response`)) {
          ops.push({ op: "add", path: `${path}/response`, value: { ignore: action.responseIgnore, parse: action.responseParse } });
        }
        break;
      }
      case "auth": {
        const current = isRecord(config.auth) ? config.auth : void 0;
        if (!action.auth) {
          if (current) ops.push({ op: "remove", path: `${path}/auth` });
        } else if (!current) {
          ops.push({ op: "add", path: `${path}/auth`, value: encodeAuth(action.auth) });
        } else {
          const encoded = encodeAuth(action.auth);
          if (current.type !== encoded.type) ops.push({ op: "replace", path: `${path}/auth/type`, value: encoded.type });
          if (current.type !== encoded.type || !isRecord(current.config)) {
            ops.push(setField(`${path}/auth/config`, "config" in current, encoded.config));
          } else {
            for (const [key, value2] of Object.entries(encoded.config)) {
              ops.push(setField(`${path}/auth/config/${key}`, key in current.config, value2));
            }
          }
        }
        break;
      }
    }
  }
  return ops;
}
function createMissingList(projectRaw, list, hooks) {
  const segments = [...FLOWS_SEGMENTS2, ...hookListSegments(list)];
  let depth = 0;
  while (depth < segments.length - 1 && isRecord(valueAt(projectRaw, segments.slice(0, depth + 1)))) depth++;
  let value2 = hooks;
  for (let i = segments.length - 1; i > depth; i--) value2 = { [segments[i]]: value2 };
  return { op: "add", path: pointerOf(segments.slice(0, depth + 1)), value: value2 };
}
function isSession(hook) {
  return isRecord(hook) && hook.hook === "session";
}
function insertOperations(base, live, work, removed, creates) {
  const key = hookListKey(live.list);
  const nameAt = /* @__PURE__ */ new Map();
  for (const [name, hook] of work.matched) if (hookListKey(hook.list) === key) nameAt.set(hook.index, name);
  const entries = [];
  live.hooks.forEach((raw, index) => {
    if (!removed.has(index)) entries.push({ raw, ...nameAt.has(index) ? { action: nameAt.get(index) } : {} });
  });
  const order = work.actions.filter((a) => hookListKey(a.list) === key).map((a) => a.name);
  const ops = [];
  for (const action of creates) {
    const position = order.indexOf(action.name);
    const at = (name) => entries.findIndex((e) => e.action === name);
    let index = -1;
    for (let i = position - 1; i >= 0 && index < 0; i--) if (at(order[i]) >= 0) index = at(order[i]) + 1;
    for (let i = position + 1; i < order.length && index < 0; i++) if (at(order[i]) >= 0) index = at(order[i]);
    const session2 = entries.findIndex((e) => isSession(e.raw));
    if (index < 0) index = session2 >= 0 ? session2 : entries.length;
    if (session2 >= 0 && index > session2) index = session2;
    const hook = encodeWebhook(action);
    ops.push({ op: "add", path: `${base}/${index}`, value: hook });
    entries.splice(index, 0, { raw: hook, action: action.name });
  }
  return ops;
}
function buildPatch(work) {
  const keys = [];
  const lists = /* @__PURE__ */ new Map();
  const note = (list) => {
    const key = hookListKey(list);
    if (!lists.has(key)) {
      lists.set(key, list);
      keys.push(key);
    }
  };
  work.updates.forEach((u) => note(u.action.list));
  work.deletes.forEach((d) => note(d.list));
  work.creates.forEach((c) => note(c.list));
  const operations = [];
  for (const key of keys) {
    const list = lists.get(key);
    const live = listOf(work, list);
    const creates = work.creates.filter((c) => hookListKey(c.list) === key);
    if (!live.exists) {
      operations.push(createMissingList(work.live.raw, list, creates.map(encodeWebhook)));
      continue;
    }
    const base = hookListPointer(list);
    const updates = work.updates.filter((u) => hookListKey(u.action.list) === key);
    const deletes = work.deletes.filter((d) => hookListKey(d.list) === key);
    for (const hook of [...updates.map((u) => u.live), ...deletes]) operations.push(...guardHook(base, hook));
    const session2 = live.hooks.findIndex(isSession);
    if (creates.length > 0 && session2 >= 0) operations.push({ op: "test", path: `${base}/${session2}/hook`, value: "session" });
    for (const update of updates) operations.push(...updateOperations(base, update.action, update.live, update.writes));
    const removed = new Set(deletes.map((d) => d.index));
    for (const index of [...removed].sort((a, b) => b - a)) operations.push({ op: "remove", path: `${base}/${index}` });
    operations.push(...insertOperations(base, live, work, removed, creates));
  }
  return operations;
}

// src/model/action.ts
function webhookIdentity(projectId, list, url2, method) {
  const m = list.method ? `.${list.method}` : "";
  return `${projectId} ${list.flow}.${list.timing}${m} ${method.toUpperCase()} ${url2}`;
}

// src/planner/canonical-json.ts
function canonicalJson(value2) {
  return JSON.stringify(sortKeys(value2));
}
function sortKeys(value2) {
  if (Array.isArray(value2)) return value2.map(sortKeys);
  if (value2 !== null && typeof value2 === "object") {
    const sorted = {};
    for (const key of Object.keys(value2).sort()) {
      const entry = value2[key];
      if (entry !== void 0) sorted[key] = sortKeys(entry);
    }
    return sorted;
  }
  return value2;
}

// src/apply/verify.ts
function verifyWrite(work, replanned, after) {
  const problems = [];
  for (const create2 of replanned.creates) {
    problems.push({ action: create2.action, message: `"${create2.action}" was not stored in ${create2.listKey}: Ory answered 200 but dropped it.` });
  }
  for (const update of replanned.updates) {
    const fields2 = update.changes.map((c) => c.field).join(", ");
    problems.push({ action: update.action, message: `"${update.action}" was not updated as planned (${fields2} still differ).` });
  }
  for (const remaining of replanned.deletes) {
    problems.push({
      ...remaining.action ? { action: remaining.action } : {},
      message: `${remaining.action ? `"${remaining.action}"` : `${remaining.method} ${remaining.url.display}`} is still in ${remaining.listKey} after its deletion.`
    });
  }
  const written = new Set(
    [...work.creates, ...work.updates.map((u) => u.action)].map((a) => webhookIdentity(work.projectId, a.list, a.url, a.method))
  );
  for (const before of work.live.lists) {
    const key = hookListKey(before.list);
    const touched = new Set([...work.deletes, ...work.updates.map((u) => u.live)].filter((h) => hookListKey(h.list) === key).map((h) => h.index));
    const expected = before.hooks.filter((_, index) => !touched.has(index)).map((h) => canonicalJson(h));
    const afterList = after.lists.find((l) => hookListKey(l.list) === key);
    const actual = (afterList?.hooks ?? []).filter((hook) => {
      if (!isWebhook(hook)) return true;
      const config = hook.config;
      return !written.has(webhookIdentity(work.projectId, before.list, String(config.url ?? ""), String(config.method ?? "").toUpperCase()));
    }).map((h) => canonicalJson(h));
    if (canonicalJson(expected) !== canonicalJson(actual)) {
      problems.push({ message: `Hooks in ${key} that this plan does not manage changed during the write (expected ${expected.length}, found ${actual.length}).` });
    }
  }
  return problems;
}

// src/apply/apply.ts
function projectDigests(plan2, projectId) {
  const prefix = `${projectId} `;
  return Object.fromEntries(Object.entries(plan2.changeDigests).filter(([key]) => key.startsWith(prefix)));
}
function sameDigests(a, b) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
function hasWork(work) {
  return work.creates.length + work.updates.length + work.deletes.length > 0;
}
function testsHold(project, operations) {
  const tests = operations.filter((op) => op.op === "test");
  try {
    fast_json_patch_default.applyPatch(fast_json_patch_default.deepClone(project), tests, true, false);
    return true;
  } catch {
    return false;
  }
}
async function applyProject(ctx, initial, approved) {
  const projectId = initial.projectId;
  const shown2 = initial.shownId;
  let work = initial;
  const maxRetries = ctx.maxConflictRetries ?? 3;
  for (let attempt = 0; ; attempt++) {
    if (!hasWork(work)) {
      return { projectId: shown2, outcome: attempt === 0 ? "unchanged" : "already-applied", revisionId: work.live.revisionId, operations: 0, warnings: [] };
    }
    const operations = buildPatch(work);
    let conflict;
    try {
      const { project, warnings } = await ctx.ory.patchProject(projectId, work.live.revisionId, operations);
      const after = readLiveProject(project);
      const check = ctx.replan(after);
      const problems = verifyWrite(work, check.projectPlan, after);
      for (const warning of warnings) ctx.log(`Ory warned about project ${shown2}: ${warning.message ?? `code ${warning.code}`}`);
      if (problems.length > 0) {
        const actions = [...new Set(problems.map((p) => p.action).filter(Boolean))];
        throw new RunFailure(
          "apply-failed",
          `Ory accepted the change to project ${shown2} but did not store all of it` + (actions.length > 0 ? ` (${actions.map((a) => `"${a}"`).join(", ")})` : "") + ":\n" + problems.map((p) => `  - ${p.message}`).join("\n") + (warnings.length > 0 ? `
Ory's warnings: ${warnings.map((w) => w.message).join("; ")}` : "")
        );
      }
      return { projectId: shown2, outcome: "applied", revisionId: after.revisionId, operations: operations.length, warnings };
    } catch (error) {
      if (error instanceof RevisionConflict) conflict = "its revision changed (409)";
      else if (error instanceof PatchRejected) conflict = `Ory refused the patch (${error.oryMessage})`;
      else throw error;
    }
    const fresh = readLiveProject(await ctx.ory.getProject(projectId));
    if (conflict.startsWith("Ory refused") && fresh.revisionId === work.live.revisionId && testsHold(fresh.raw, operations)) {
      throw new RunFailure("apply-failed", `Ory refused the change to project ${shown2}: ${conflict.slice("Ory refused the patch (".length, -1)}`);
    }
    const replanned = ctx.replan(fresh);
    if (!hasWork(replanned.work)) {
      ctx.log(`Project ${shown2} ${conflict}; it already holds the planned hooks, nothing left to write.`);
      work = replanned.work;
      continue;
    }
    if (!sameDigests(replanned.digests, approved)) {
      throw new RunFailure(
        "conflict",
        `Project ${shown2} changed while applying (${conflict}) and the plan against its new state differs from the approved one. Nothing was written to it. Re-run the plan and review it again.`
      );
    }
    if (attempt >= maxRetries) {
      throw new RunFailure("conflict", `Project ${shown2} kept changing while applying (${conflict}); gave up after ${maxRetries} re-reads. Nothing was written to it.`);
    }
    ctx.log(`Project ${shown2} ${conflict}; re-read it and the plan is unchanged, so writing against revision ${fresh.revisionId}.`);
    work = replanned.work;
  }
}
async function applyPlan(ctx, planned) {
  return mapWithLimit(planned.work, PROJECT_CONCURRENCY, (work) => applyProject(ctx, work, projectDigests(planned.plan, work.shownId)));
}

// src/commands/files.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// src/model/diagnostics.ts
function lineOf(text, line) {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf("\n", start);
    if (newline === -1) return void 0;
    start = newline + 1;
  }
  const end = text.indexOf("\n", start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, "");
}
function formatDiagnostic(d) {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : "";
  const key = d.key ? ` [${d.key}]` : "";
  const hint = d.hint ? ` — ${d.hint}` : "";
  return `${where}${d.severity}: ${d.message}${key}${hint}`;
}
var ManifestError = class extends Error {
  diagnostics;
  constructor(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(
      `The manifest has ${errors.length} error${errors.length === 1 ? "" : "s"}:
` + errors.map((d) => `  ${formatDiagnostic(d)}`).join("\n")
    );
    this.name = "ManifestError";
    this.diagnostics = diagnostics;
  }
};
var FileRefused = class extends Error {
  constructor(why, hint, at) {
    super(why);
    this.why = why;
    this.hint = hint;
    this.at = at;
    this.name = "FileRefused";
  }
  why;
  hint;
  at;
};

// src/commands/files.ts
var MAX_REPOSITORY_FILE_BYTES = 8 * 1024 * 1024;
var OUTSIDE_HINT = "keep manifests and body files inside the repository (a symbolic link must point inside it too)";
function inside(root, path) {
  const rel = (0, import_node_path.relative)(root, path);
  return rel === "" || !rel.startsWith(".." + import_node_path.sep) && rel !== ".." && !(0, import_node_path.isAbsolute)(rel);
}
function repositoryRelativePath(root, path) {
  const absolute = (0, import_node_path.resolve)(root, path);
  if (!inside((0, import_node_path.resolve)(root), absolute)) throw new FileRefused(`${path} is outside the repository (${root})`, OUTSIDE_HINT);
  return (0, import_node_path.relative)((0, import_node_path.resolve)(root), absolute).split(import_node_path.sep).join("/") || ".";
}
function firstInvalidUtf8(bytes) {
  const text = bytes.toString("utf8");
  const bad = text.indexOf("�");
  if (bad < 0) return void 0;
  let from = 0;
  for (let at = text.indexOf("�", from); at >= 0; at = text.indexOf("�", from)) {
    const before = Buffer.byteLength(text.slice(0, at), "utf8");
    if (!(bytes[before] === 239 && bytes[before + 1] === 191 && bytes[before + 2] === 189)) {
      const prefix = text.slice(0, at);
      const line = prefix.split("\n").length;
      return { line, column: at - prefix.lastIndexOf("\n"), offset: before };
    }
    from = at + 1;
  }
  return void 0;
}
function repositoryFiles(root) {
  const realRoot = (() => {
    try {
      return (0, import_node_fs.realpathSync)(root);
    } catch {
      return (0, import_node_path.resolve)(root);
    }
  })();
  return {
    read(path) {
      const absolute = (0, import_node_path.resolve)(root, path);
      if (!inside((0, import_node_path.resolve)(root), absolute)) throw new FileRefused(`${path} points outside the repository`, OUTSIDE_HINT);
      let real;
      try {
        real = (0, import_node_fs.realpathSync)(absolute);
      } catch {
        return void 0;
      }
      if (!inside(realRoot, real)) throw new FileRefused(`${path} is a symbolic link (or lies under one) that leads outside the repository`, OUTSIDE_HINT);
      let fd;
      try {
        fd = (0, import_node_fs.openSync)(real, "r");
      } catch {
        return void 0;
      }
      try {
        const stat = (0, import_node_fs.fstatSync)(fd);
        if (!stat.isFile()) return void 0;
        if (stat.size > MAX_REPOSITORY_FILE_BYTES) {
          throw new FileRefused(`${path} is ${stat.size} bytes; at most ${MAX_REPOSITORY_FILE_BYTES} are read`, "keep body templates and manifests small");
        }
        const bytes = Buffer.alloc(stat.size);
        let read = 0;
        while (read < stat.size) {
          const n = (0, import_node_fs.readSync)(fd, bytes, read, stat.size - read, read);
          if (n === 0) break;
          read += n;
        }
        const content = bytes.subarray(0, read);
        const invalid = firstInvalidUtf8(content);
        if (invalid) {
          throw new FileRefused(
            `${path} is not UTF-8 text (an invalid byte 0x${content[invalid.offset].toString(16).padStart(2, "0")} at byte ${invalid.offset})`,
            "save the file as UTF-8",
            { line: invalid.line, column: invalid.column }
          );
        }
        return content.toString("utf8");
      } finally {
        (0, import_node_fs.closeSync)(fd);
      }
    }
  };
}
function repositoryRootOf(cwd) {
  for (let dir = (0, import_node_path.resolve)(cwd); ; dir = (0, import_node_path.dirname)(dir)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, ".git"))) return dir;
    if ((0, import_node_path.dirname)(dir) === dir) return (0, import_node_path.resolve)(cwd);
  }
}

// src/planner/secrets.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
function secretDigester(salt) {
  return (value2) => "hmac-sha256:" + (0, import_node_crypto2.createHmac)("sha256", `ory-actions-gitops/v1\0${salt}`).update(value2, "utf8").digest("hex");
}
function textForms(secret) {
  const escaped = JSON.stringify(secret).slice(1, -1);
  return escaped === secret ? [secret] : [escaped, secret];
}
function maskKnownSecrets(text, secrets) {
  let masked = text;
  const forms = secrets.filter((secret) => secret.length >= 4).flatMap(textForms);
  for (const form of forms.sort((a, b) => b.length - a.length)) masked = masked.split(form).join("***");
  return masked;
}
function containsKnownSecret(text, secrets) {
  return secrets.some((secret) => secret.length >= 4 && textForms(secret).some((form) => text.includes(form)));
}
var RUNNER_VARIABLE = /^(GITHUB_|RUNNER_|INPUT_|ACTIONS_|STATE_|npm_|NODE|ImageOS$|ImageVersion$|PATH$|HOME$|PWD$|OLDPWD$|SHELL$|USER$|LANG|LC_|TERM|HOSTNAME$|CI$|SHLVL$|TMPDIR$|_$)/;
function environmentSecretCandidates(env) {
  return Object.entries(env).filter(([name, value2]) => !RUNNER_VARIABLE.test(name) && typeof value2 === "string" && value2.length >= 8 && !/\s/.test(value2)).map(([, value2]) => value2);
}
var REDACTED2 = "***";
var PLAIN_PATH_SEGMENT = /^(?:[a-z]{1,20}(?:[-_.][a-z]{1,20})*|v\d{1,3})$/;
function isPlainUrlPart(text) {
  return PLAIN_PATH_SEGMENT.test(text);
}
function redactLiveUrl(url2) {
  let parsed;
  try {
    parsed = new URL(url2);
  } catch {
    return REDACTED2;
  }
  if (!parsed.host) return REDACTED2;
  const userinfo = parsed.username !== "" || parsed.password !== "" ? `${REDACTED2}@` : "";
  const path = parsed.pathname.split("/").map((segment) => segment === "" || PLAIN_PATH_SEGMENT.test(segment) ? segment : REDACTED2).join("/");
  const query = parsed.search === "" ? "" : "?" + parsed.search.slice(1).split("&").map((pair) => {
    const eq = pair.indexOf("=");
    const name = eq < 0 ? pair : pair.slice(0, eq);
    return `${PLAIN_PATH_SEGMENT.test(name) ? name : REDACTED2}=${REDACTED2}`;
  }).join("&");
  const fragment = parsed.hash === "" ? "" : `#${REDACTED2}`;
  const shown2 = `${parsed.protocol}//${userinfo}${parsed.host}${path}${query}${fragment}`;
  return shown2 === parsed.href ? url2 : shown2;
}

// src/commands/import.ts
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 40) || "hook";
}
function baseName(hook) {
  let path = "";
  try {
    const url2 = new URL(hook.url);
    path = url2.pathname.split("/").filter((segment) => segment !== "" && isPlainUrlPart(segment)).pop() ?? url2.hostname;
  } catch {
    path = "hook";
  }
  const list = [hook.list.flow, hook.list.timing].join("_");
  return slug(`${list}_${path}`);
}
function importedUrl(url2, envPrefix) {
  const parts = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)(?:([^@/?#]*)@)?([^/?#]*)([^?#]*)(.*)$/s.exec(url2);
  if (!parts) {
    const name = `${envPrefix}_URL`;
    return { url: `\${{ env.${name} }}`, variables: [{ name, holds: "the whole URL of this hook as Ory holds it" }] };
  }
  const [, scheme, userinfo, host, path, rest] = parts;
  const variables = [];
  let written = scheme;
  if (userinfo !== void 0) {
    const name = `${envPrefix}_URL_USERINFO`;
    variables.push({ name, holds: "the user:password part of its URL (before the @)" });
    written += `\${{ env.${name} }}@`;
  }
  written += host;
  const segments = path.split("/");
  const firstToken = segments.findIndex((segment) => segment !== "" && !isPlainUrlPart(segment));
  const plainPath = firstToken < 0 ? path : segments.slice(0, firstToken).join("/") + "/";
  const tail = (firstToken < 0 ? "" : segments.slice(firstToken).join("/")) + rest;
  written += plainPath;
  if (tail !== "") {
    const name = `${envPrefix}_URL_TOKEN`;
    variables.push({ name, holds: `the end of its URL after "${redactLiveUrl(scheme + host + plainPath)}"${firstToken < 0 ? " (the query)" : ""}` });
    written += `\${{ env.${name} }}`;
  }
  return { url: written, variables };
}
function listFields(list) {
  return {
    flow: list.flow,
    timing: list.timing,
    ...list.method && (AFTER_METHODS[list.flow] ?? []).includes(list.method) ? { auth_method: list.method } : {}
  };
}
function importProject(live) {
  const actions = {};
  const variables = [];
  const notes = [];
  for (const list of live.lists) {
    for (const hook of list.webhooks) {
      let name = baseName(hook);
      for (let n = 2; name in actions; n++) name = `${baseName(hook)}_${n}`;
      const envPrefix = name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
      const url2 = importedUrl(hook.url, envPrefix);
      const action = { ...listFields(hook.list), url: url2.url, method: hook.method };
      if (url2.variables.length > 0) {
        variables.push(...url2.variables.map((v) => ({ name: v.name, holds: `${v.holds} of ${name}` })));
        notes.push(`${name}: its URL holds what may be a token (${url2.variables.map((v) => v.name).join(", ")}); it is written as a reference, never in clear. Set ${url2.variables.length === 1 ? "that variable" : "those variables"} from the URL in the Ory Console.`);
      }
      if (hook.body.kind === "inline") action.body = hook.body.source;
      else if (hook.body.kind !== "none") {
        notes.push(`${name}: Ory stores its body at a URL this tool cannot read; add its Jsonnet as \`body\` or \`body_file\` before applying, or the plan will keep Ory's copy unverified.`);
      }
      if (hook.canInterrupt) action.can_interrupt = true;
      if (hook.responseIgnore) action.response_ignore = true;
      if (hook.responseParse) action.response_parse = true;
      if (hook.auth?.type === "api_key") {
        const variable = `${envPrefix}_API_KEY`;
        variables.push({ name: variable, holds: `the ${hook.auth.name} API key of ${name}` });
        action.auth = { type: "api_key", name: hook.auth.name, value: `\${{ env.${variable} }}`, in: hook.auth.in };
      } else if (hook.auth?.type === "basic_auth") {
        const variable = `${envPrefix}_PASSWORD`;
        variables.push({ name: variable, holds: `the basic auth password of ${name}` });
        action.auth = { type: "basic_auth", user: hook.auth.user, password: `\${{ env.${variable} }}` };
      }
      actions[name] = action;
    }
  }
  return { doc: { project_id: live.id, actions }, variables, notes };
}

// src/commands/load-manifest.ts
var import_node_path3 = __toESM(require_node_path(), 1);

// src/manifest/load.ts
var import_node_path2 = __toESM(require_node_path(), 1);
var import_yaml2 = __toESM(require_dist2(), 1);

// src/manifest/env.ts
var ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
var OPEN = "${{";
var CLOSE = "}}";
function otherExpressionHint(expression) {
  const context = /^([A-Za-z_]+)\.([A-Za-z0-9_]+)$/.exec(expression);
  if (context && context[1] !== "env") {
    const name = context[2].toUpperCase();
    return `the manifest is not a workflow file: pass the value through the step's env (\`${name}: \${{ ${expression} }}\`) and write \${{ env.${name} }} here`;
  }
  return "only ${{ env.NAME }} is supported here; set NAME in the step's env";
}
function resolveReferences(text, env) {
  if (!text.includes(OPEN)) return { value: text, substitutions: [], secrets: [], problems: [] };
  const substitutions = [];
  const secrets = [];
  const problems = [];
  let out = "";
  let cursor = 0;
  for (; ; ) {
    const open = text.indexOf(OPEN, cursor);
    if (open === -1) break;
    out += text.slice(cursor, open);
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) {
      problems.push({
        offset: open,
        message: 'unclosed "${{": a reference is written ${{ env.NAME }}',
        hint: 'close it with "}}"'
      });
      out += text.slice(open);
      cursor = text.length;
      break;
    }
    const expression = text.slice(open + OPEN.length, close).trim();
    const rawEnd = close + CLOSE.length;
    const envRef = /^env\.(.*)$/.exec(expression);
    if (envRef && ENV_NAME_PATTERN.test(envRef[1])) {
      const name = envRef[1];
      const value2 = env[name];
      if (value2 === void 0 || value2 === "") {
        problems.push({
          offset: open,
          message: value2 === void 0 ? `environment variable ${name} is not set (referenced as \${{ env.${name} }})` : `environment variable ${name} is set but empty (referenced as \${{ env.${name} }}); an empty value is refused`,
          hint: `set ${name} in the step's env, e.g. \`${name}: \${{ secrets.${name} }}\``
        });
        out += text.slice(open, rawEnd);
      } else {
        substitutions.push({ name, rawStart: open, rawEnd, resolvedStart: out.length, resolvedEnd: out.length + value2.length });
        secrets.push(value2);
        out += value2;
      }
    } else if (envRef) {
      problems.push({
        offset: open,
        message: `"\${{ ${expression} }}" is not a valid reference: "${envRef[1]}" is not a variable name`,
        hint: 'variable names are letters, digits and "_", not starting with a digit'
      });
      out += text.slice(open, rawEnd);
    } else {
      problems.push({
        offset: open,
        message: `"\${{ ${expression} }}" is not supported: only \${{ env.NAME }} references are expanded`,
        hint: otherExpressionHint(expression)
      });
      out += text.slice(open, rawEnd);
    }
    cursor = rawEnd;
  }
  out += text.slice(cursor);
  return { value: out, substitutions, secrets, problems };
}
function rawOffset(substitutions, resolvedOffset) {
  let delta = 0;
  for (const s of substitutions) {
    if (resolvedOffset < s.resolvedStart) break;
    if (resolvedOffset < s.resolvedEnd) return s.rawStart;
    delta = s.rawEnd - s.resolvedEnd;
  }
  return resolvedOffset + delta;
}

// src/manifest/yaml-source.ts
var import_yaml = __toESM(require_dist2(), 1);
var YAML_PARSE_OPTIONS = { merge: true, uniqueKeys: false, prettyErrors: false };
function parseYaml(file, text) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { ...YAML_PARSE_OPTIONS, lineCounter });
  return { file, text, doc, lineCounter };
}
function locationAtOffset(src, offset) {
  const clamped = Math.max(0, Math.min(offset, src.text.length));
  const { line, col } = src.lineCounter.linePos(clamped);
  return { file: src.file, line, column: col };
}
function nodeLocation(src, node) {
  return locationAtOffset(src, node?.range?.[0] ?? 0);
}
function isMergeKey(key) {
  if (!(0, import_yaml.isScalar)(key)) return false;
  const value2 = key.value;
  return typeof value2 === "symbol" && value2.description === "<<" || value2 === "<<" && key.type === import_yaml.Scalar.PLAIN;
}
function resolveAlias(src, node) {
  let current = node;
  for (let hops = 0; (0, import_yaml.isAlias)(current) && hops < 100; hops++) current = current.resolve(src.doc);
  return current;
}
var mapIndexes = /* @__PURE__ */ new WeakMap();
function indexOf(map) {
  let index = mapIndexes.get(map);
  if (!index) {
    const explicit = /* @__PURE__ */ new Map();
    let hasMerges = false;
    for (const pair of map.items) {
      if (isMergeKey(pair.key)) hasMerges = true;
      else if ((0, import_yaml.isScalar)(pair.key)) explicit.set(String(pair.key.value), { key: pair.key, value: pair.value ?? void 0 });
    }
    index = { explicit, hasMerges };
    mapIndexes.set(map, index);
  }
  return index;
}
function findPair(src, map, key, depth = 0) {
  const index = indexOf(map);
  const explicit = index.explicit.get(key);
  if (explicit || depth > 20 || !index.hasMerges) return explicit;
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    const source = resolveAlias(src, pair.value);
    const sources = (0, import_yaml.isSeq)(source) ? source.items.map((item) => resolveAlias(src, item)) : [source];
    for (const candidate of sources) {
      if (!(0, import_yaml.isMap)(candidate)) continue;
      const found = findPair(src, candidate, key, depth + 1);
      if (found) return found;
    }
  }
  return void 0;
}
function findNodes(src, path) {
  let value2 = src.doc.contents ?? void 0;
  let key;
  let nearest2 = value2 ?? void 0;
  for (const segment of path) {
    const container = resolveAlias(src, value2);
    if ((0, import_yaml.isMap)(container)) {
      const pair = findPair(src, container, String(segment));
      if (!pair) return { nearest: nearest2 };
      key = pair.key;
      value2 = pair.value;
      nearest2 = pair.value ?? pair.key;
    } else if ((0, import_yaml.isSeq)(container) && typeof segment === "number") {
      const item = container.items[segment];
      if (item === void 0) return { nearest: nearest2 };
      key = void 0;
      value2 = (0, import_yaml.isPair)(item) ? item.value : item;
      nearest2 = value2 ?? nearest2;
    } else {
      return { nearest: nearest2 };
    }
  }
  return { key, value: value2 ?? void 0, nearest: nearest2 };
}
function keyLocation(src, path) {
  const found = findNodes(src, path);
  return nodeLocation(src, found.key ?? found.value ?? found.nearest);
}
function valueLocation(src, path) {
  const found = findNodes(src, path);
  const value2 = found.value && found.value.range ? found.value : void 0;
  if (value2 && (0, import_yaml.isScalar)(value2) && value2.value === null && value2.range && value2.range[0] === value2.range[1]) {
    return nodeLocation(src, found.key ?? value2);
  }
  return nodeLocation(src, value2 ?? found.key ?? found.nearest);
}
function contentStart(src, node) {
  const start = node.range?.[0] ?? 0;
  switch (node.type) {
    case import_yaml.Scalar.QUOTE_DOUBLE:
    case import_yaml.Scalar.QUOTE_SINGLE:
      return start + 1;
    case import_yaml.Scalar.BLOCK_LITERAL:
    case import_yaml.Scalar.BLOCK_FOLDED: {
      const newline = src.text.indexOf("\n", start);
      return newline === -1 ? src.text.length : newline + 1;
    }
    default:
      return start;
  }
}
function isWhitespace(c) {
  return c === " " || c === "	" || c === "\n" || c === "\r";
}
function escapeLength(text, at) {
  switch (text[at + 1]) {
    case "x":
      return 4;
    case "u":
      return 6;
    case "U":
      return 10;
    default:
      return 2;
  }
}
function scalarValueOffset(src, node, value2, valueOffset) {
  const end = node.range?.[1] ?? src.text.length;
  const doubleQuoted = node.type === import_yaml.Scalar.QUOTE_DOUBLE;
  let j = contentStart(src, node);
  const target = Math.min(Math.max(0, valueOffset), value2.length);
  const last = target < value2.length ? target : target - 1;
  let position = j;
  for (let i = 0; i <= last; i++) {
    const c = value2[i];
    let k = j;
    let matchedAt = -1;
    while (k < end) {
      const s = src.text[k];
      if (doubleQuoted && s === "\\") {
        const next = src.text[k + 1];
        if (next === "\n" || next === "\r") {
          k += 2;
          continue;
        }
        matchedAt = k;
        k += escapeLength(src.text, k);
        break;
      }
      if (s === c || isWhitespace(c) && isWhitespace(s)) {
        matchedAt = k;
        k += 1;
        break;
      }
      k += 1;
    }
    if (matchedAt !== -1) {
      position = matchedAt;
      j = k;
    }
  }
  if (target === value2.length && value2.length > 0) position = j;
  return Math.min(position, src.text.length);
}
function locationInValue(src, path, valueOffset) {
  const found = findNodes(src, path);
  const node = resolveAlias(src, found.value);
  if ((0, import_yaml.isScalar)(node) && typeof node.value === "string") {
    return locationAtOffset(src, scalarValueOffset(src, node, node.value, valueOffset));
  }
  return valueLocation(src, path);
}
function scalarAt(src, path) {
  const node = resolveAlias(src, findNodes(src, path).value);
  return (0, import_yaml.isScalar)(node) && typeof node.value === "string" ? node : void 0;
}
function findKeyProblems(src) {
  const duplicates = [];
  const complex = [];
  const path = [];
  const walk = (node, checkDuplicates) => {
    if ((0, import_yaml.isMap)(node)) {
      const seen = checkDuplicates ? /* @__PURE__ */ new Map() : void 0;
      for (const pair of node.items) {
        if ((0, import_yaml.isScalar)(pair.key)) {
          const name = String(pair.key.value);
          const merge2 = isMergeKey(pair.key);
          if (seen && !merge2) {
            const first = seen.get(name);
            if (first) duplicates.push({ path: [...path], key: name, node: pair.key, first });
            else seen.set(name, pair.key);
          }
          path.push(name);
          walk(pair.value, checkDuplicates && !merge2);
          path.pop();
        } else if (pair.key !== null && pair.key !== void 0 && !(0, import_yaml.isAlias)(pair.key)) {
          complex.push({ path: [...path], node: pair.key });
        }
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, index) => {
        path.push(index);
        walk(item, checkDuplicates);
        path.pop();
      });
    }
  };
  walk(src.doc.contents, true);
  return { duplicates, complex };
}

// src/manifest/body-location.ts
var origins = /* @__PURE__ */ new WeakMap();
function rememberBodyOrigin(body, origin2) {
  if (origin2.kind === "file") {
    origins.set(body, origin2);
    return;
  }
  const { file, text, lineCounter } = origin2.src;
  origins.set(body, { kind: "inline", at: { file, text, lineCounter }, node: scalarAt(origin2.src, origin2.path), substitutions: origin2.substitutions });
}
function offsetOf(text, line, column) {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf("\n", offset);
    if (newline === -1) return text.length;
    offset = newline + 1;
  }
  const lineEnd = text.indexOf("\n", offset);
  const lineLength = (lineEnd === -1 ? text.length : lineEnd) - offset;
  return offset + Math.min(Math.max(0, column - 1), lineLength);
}
function lineColumnOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
function bodyLocation(body, line, column) {
  const origin2 = origins.get(body);
  const resolvedOffset = offsetOf(body.source, line, column);
  if (origin2?.kind === "file") {
    const raw = rawOffset(origin2.substitutions, resolvedOffset);
    const at = lineColumnOf(origin2.rawText, raw);
    return { file: body.location.file, line: at.line, column: at.column };
  }
  if (origin2?.kind === "inline" && origin2.node) {
    const raw = rawOffset(origin2.substitutions, resolvedOffset);
    return locationAtOffset(origin2.at, scalarValueOffset(origin2.at, origin2.node, origin2.node.value, raw));
  }
  return {
    file: body.location.file,
    line: body.location.line + line - 1,
    column: body.location.column + column - 1
  };
}

// ajv-standalone:manifest-validator
var manifest_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/ory-actions-gitops/ory-actions-gitops/schema/ory-actions.schema.json", "title": "Ory Actions GitOps manifest", "description": "The webhooks (Ory Actions) of one or more Ory Network projects, kept as code. Strings may contain ${{ env.NAME }} references, expanded from the step's environment and treated as secrets.", "type": "object", "additionalProperties": false, "required": ["actions"], "properties": { "version": { "description": "Manifest format version. Optional; only 1 exists.", "type": "integer", "enum": [1], "default": 1 }, "project_id": { "description": "Default Ory Network project for every action. The action's `project-id` input overrides it; an action's own project_id overrides both.", "type": "string", "minLength": 1, "examples": ["6e1b0c6e-1f0b-4a5e-9d8c-5b6a7c8d9e0f", "${{ env.ORY_PROJECT_ID }}"] }, "prune": { "description": "true: this manifest owns every webhook of its projects, and webhooks it does not declare are deleted. false: only webhooks this manifest created (now or at the previous commit) are managed.", "type": "boolean", "default": false }, "actions": { "description": "The actions, by name. A name is lowercase letters, digits, '_' and '-', starting with a letter or digit, at most 63 characters, unique.", "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]{0,62}$" }, "additionalProperties": { "$ref": "#/definitions/action" }, "default": {} } }, "definitions": { "action": { "description": "One webhook (Ory Action) in an identity flow.", "type": "object", "additionalProperties": false, "required": ["flow", "timing", "url"], "properties": { "flow": { "description": "Identity flow to hook into.", "type": "string", "enum": ["login", "registration", "recovery", "settings", "verification"] }, "timing": { "description": "When to trigger: 'before' (pre-hook) or 'after' (post-hook).", "type": "string", "enum": ["before", "after"] }, "auth_method": { "description": "Authentication method whose 'after' hooks run the webhook. Required for 'after' on login (password, oidc, code, webauthn, passkey, totp, lookup_secret), registration (password, oidc, code, webauthn, passkey) and settings (password, oidc, profile, webauthn, passkey, totp, lookup_secret). Refused for 'before'. Optional for recovery and verification 'after' (code or link): their hooks sit in one list.", "type": "string", "enum": ["password", "oidc", "code", "webauthn", "passkey", "totp", "lookup_secret", "profile", "link"] }, "url": { "description": "Webhook URL to call: an absolute http(s) URL. May contain ${{ env.NAME }} references (the whole URL is then treated as a secret).", "type": "string", "minLength": 1, "examples": ["https://api.example.com/webhooks/welcome", "${{ env.WELCOME_HOOK_URL }}"] }, "method": { "description": "HTTP method, upper case.", "type": "string", "enum": ["GET", "POST", "PUT", "PATCH", "DELETE"], "default": "POST" }, "body": { "description": "Jsonnet template for the request body, inline. Use a '|' block scalar for several lines.", "type": "string", "examples": ["function(ctx) { email: ctx.identity.traits.email }"] }, "body_file": { "description": "Path of a Jsonnet file with the request body template, relative to the manifest's directory. Not together with body.", "type": "string", "minLength": 1, "examples": ["bodies/welcome.jsonnet"] }, "can_interrupt": { "description": "Allow the webhook to interrupt/block the flow. Deprecated in Kratos in favour of response_parse.", "type": "boolean", "default": false }, "response_ignore": { "description": "Run the webhook asynchronously without waiting for it (fire and forget). Not with response_parse or can_interrupt.", "type": "boolean", "default": false }, "response_parse": { "description": "Parse the webhook's response to modify the identity (and let it block the flow).", "type": "boolean", "default": false }, "project_id": { "description": "Ory Network project of this action; overrides the manifest's project_id and the project-id input.", "type": "string", "minLength": 1 }, "auth": { "$ref": "#/definitions/auth" }, "sample_ctx": { "description": "Merged over the generated sample ctx when previewing the body in a plan (any content).", "type": "object", "examples": [{ "identity": { "traits": { "email": "ada@example.com" } } }] } }, "allOf": [{ "if": { "properties": { "timing": { "const": "before" } }, "required": ["timing"] }, "then": { "not": { "required": ["auth_method"] } } }, { "if": { "properties": { "timing": { "const": "after" }, "flow": { "enum": ["login", "registration", "settings"] } }, "required": ["timing", "flow"] }, "then": { "required": ["auth_method"] } }, { "if": { "properties": { "flow": { "const": "registration" } }, "required": ["flow"] }, "then": { "properties": { "auth_method": { "enum": ["password", "oidc", "code", "webauthn", "passkey"] } } } }, { "if": { "properties": { "flow": { "const": "login" } }, "required": ["flow"] }, "then": { "properties": { "auth_method": { "enum": ["password", "oidc", "code", "webauthn", "passkey", "totp", "lookup_secret"] } } } }, { "if": { "properties": { "flow": { "const": "settings" } }, "required": ["flow"] }, "then": { "properties": { "auth_method": { "enum": ["password", "oidc", "profile", "webauthn", "passkey", "totp", "lookup_secret"] } } } }, { "if": { "properties": { "flow": { "enum": ["recovery", "verification"] } }, "required": ["flow"] }, "then": { "properties": { "auth_method": { "enum": ["code", "link"] } } } }, { "not": { "required": ["body", "body_file"] } }, { "if": { "properties": { "response_ignore": { "const": true } }, "required": ["response_ignore"] }, "then": { "properties": { "response_parse": { "const": false }, "can_interrupt": { "const": false } } } }] }, "auth": { "description": "How the webhook authenticates to your endpoint. Secret values should be ${{ env.NAME }} references.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "api_key (name, value, in) or basic_auth (user, password).", "type": "string", "enum": ["api_key", "basic_auth"] }, "name": { "description": "api_key: header or cookie name.", "type": "string", "minLength": 1, "examples": ["X-Api-Key"] }, "value": { "description": "api_key: the key (a secret).", "type": "string", "minLength": 1, "examples": ["${{ env.WEBHOOK_API_KEY }}"] }, "in": { "description": "api_key: where the key is sent.", "type": "string", "enum": ["header", "cookie"], "default": "header" }, "user": { "description": "basic_auth: user name.", "type": "string", "minLength": 1 }, "password": { "description": "basic_auth: password (a secret).", "type": "string", "minLength": 1, "examples": ["${{ env.WEBHOOK_PASSWORD }}"] } }, "allOf": [{ "if": { "properties": { "type": { "const": "api_key" } }, "required": ["type"] }, "then": { "required": ["name", "value"], "properties": { "user": false, "password": false } } }, { "if": { "properties": { "type": { "const": "basic_auth" } }, "required": ["type"] }, "then": { "required": ["user", "password"], "properties": { "name": false, "value": false, "in": false } } }] } } };
var func2 = require_ucs2length().default;
var pattern0 = new RegExp("^[a-z0-9][a-z0-9_-]{0,62}$", "u");
var schema12 = { "description": "One webhook (Ory Action) in an identity flow.", "type": "object", "additionalProperties": false, "required": ["flow", "timing", "url"], "properties": { "flow": { "description": "Identity flow to hook into.", "type": "string", "enum": ["login", "registration", "recovery", "settings", "verification"] }, "timing": { "description": "When to trigger: 'before' (pre-hook) or 'after' (post-hook).", "type": "string", "enum": ["before", "after"] }, "auth_method": { "description": "Authentication method whose 'after' hooks run the webhook. Required for 'after' on login (password, oidc, code, webauthn, passkey, totp, lookup_secret), registration (password, oidc, code, webauthn, passkey) and settings (password, oidc, profile, webauthn, passkey, totp, lookup_secret). Refused for 'before'. Optional for recovery and verification 'after' (code or link): their hooks sit in one list.", "type": "string", "enum": ["password", "oidc", "code", "webauthn", "passkey", "totp", "lookup_secret", "profile", "link"] }, "url": { "description": "Webhook URL to call: an absolute http(s) URL. May contain ${{ env.NAME }} references (the whole URL is then treated as a secret).", "type": "string", "minLength": 1, "examples": ["https://api.example.com/webhooks/welcome", "${{ env.WELCOME_HOOK_URL }}"] }, "method": { "description": "HTTP method, upper case.", "type": "string", "enum": ["GET", "POST", "PUT", "PATCH", "DELETE"], "default": "POST" }, "body": { "description": "Jsonnet template for the request body, inline. Use a '|' block scalar for several lines.", "type": "string", "examples": ["function(ctx) { email: ctx.identity.traits.email }"] }, "body_file": { "description": "Path of a Jsonnet file with the request body template, relative to the manifest's directory. Not together with body.", "type": "string", "minLength": 1, "examples": ["bodies/welcome.jsonnet"] }, "can_interrupt": { "description": "Allow the webhook to interrupt/block the flow. Deprecated in Kratos in favour of response_parse.", "type": "boolean", "default": false }, "response_ignore": { "description": "Run the webhook asynchronously without waiting for it (fire and forget). Not with response_parse or can_interrupt.", "type": "boolean", "default": false }, "response_parse": { "description": "Parse the webhook's response to modify the identity (and let it block the flow).", "type": "boolean", "default": false }, "project_id": { "description": "Ory Network project of this action; overrides the manifest's project_id and the project-id input.", "type": "string", "minLength": 1 }, "auth": { "$ref": "#/definitions/auth" }, "sample_ctx": { "description": "Merged over the generated sample ctx when previewing the body in a plan (any content).", "type": "object", "examples": [{ "identity": { "traits": { "email": "ada@example.com" } } }] } }, "allOf": [{ "if": { "properties": { "timing": { "const": "before" } }, "required": ["timing"] }, "then": { "not": { "required": ["auth_method"] } } }, { "if": { "properties": { "timing": { "const": "after" }, "flow": { "enum": ["login", "registration", "settings"] } }, "required": ["timing", "flow"] }, "then": { "required": ["auth_method"] } }, { "if": { "properties": { "flow": { "const": "registration" } }, "required": ["flow"] }, "then": { "properties": { "auth_method": { "enum": ["password", "oidc", "code", "webauthn", "passkey"] } } } }, { "if": { "properties": { "flow": { "const": "login" } }, "required": ["flow"] }, "then": { "properties": { "auth_method": { "enum": ["password", "oidc", "code", "webauthn", "passkey", "totp", "lookup_secret"] } } } }, { "if": { "properties": { "flow": { "const": "settings" } }, "required": ["flow"] }, "then": { "properties": { "auth_method": { "enum": ["password", "oidc", "profile", "webauthn", "passkey", "totp", "lookup_secret"] } } } }, { "if": { "properties": { "flow": { "enum": ["recovery", "verification"] } }, "required": ["flow"] }, "then": { "properties": { "auth_method": { "enum": ["code", "link"] } } } }, { "not": { "required": ["body", "body_file"] } }, { "if": { "properties": { "response_ignore": { "const": true } }, "required": ["response_ignore"] }, "then": { "properties": { "response_parse": { "const": false }, "can_interrupt": { "const": false } } } }] };
var schema13 = { "description": "How the webhook authenticates to your endpoint. Secret values should be ${{ env.NAME }} references.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "api_key (name, value, in) or basic_auth (user, password).", "type": "string", "enum": ["api_key", "basic_auth"] }, "name": { "description": "api_key: header or cookie name.", "type": "string", "minLength": 1, "examples": ["X-Api-Key"] }, "value": { "description": "api_key: the key (a secret).", "type": "string", "minLength": 1, "examples": ["${{ env.WEBHOOK_API_KEY }}"] }, "in": { "description": "api_key: where the key is sent.", "type": "string", "enum": ["header", "cookie"], "default": "header" }, "user": { "description": "basic_auth: user name.", "type": "string", "minLength": 1 }, "password": { "description": "basic_auth: password (a secret).", "type": "string", "minLength": 1, "examples": ["${{ env.WEBHOOK_PASSWORD }}"] } }, "allOf": [{ "if": { "properties": { "type": { "const": "api_key" } }, "required": ["type"] }, "then": { "required": ["name", "value"], "properties": { "user": false, "password": false } } }, { "if": { "properties": { "type": { "const": "basic_auth" } }, "required": ["type"] }, "then": { "required": ["user", "password"], "properties": { "name": false, "value": false, "in": false } } }] };
var func3 = Object.prototype.hasOwnProperty;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.timing === void 0 && (missing0 = "timing")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.timing !== void 0) {
        if ("before" !== data.timing) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    const _errs6 = errors;
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.auth_method === void 0 && (missing1 = "auth_method")) {
        const err2 = {};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var valid3 = _errs7 === errors;
    if (valid3) {
      const err3 = { instancePath, schemaPath: "#/allOf/0/then/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema12.allOf[0].then.not, parentSchema: schema12.allOf[0].then, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      errors = _errs6;
      if (vErrors !== null) {
        if (_errs6) {
          vErrors.length = _errs6;
        } else {
          vErrors = null;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[0].if, parentSchema: schema12.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  const _errs9 = errors;
  let valid4 = true;
  const _errs10 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.timing === void 0 && (missing2 = "timing") || data.flow === void 0 && (missing2 = "flow")) {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    } else {
      if (data.timing !== void 0) {
        const _errs11 = errors;
        if ("after" !== data.timing) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var valid5 = _errs11 === errors;
      } else {
        var valid5 = true;
      }
      if (valid5) {
        if (data.flow !== void 0) {
          let data2 = data.flow;
          const _errs12 = errors;
          if (!(data2 === "login" || data2 === "registration" || data2 === "settings")) {
            const err7 = {};
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var valid5 = _errs12 === errors;
        } else {
          var valid5 = true;
        }
      }
    }
  }
  var _valid1 = _errs10 === errors;
  errors = _errs9;
  if (vErrors !== null) {
    if (_errs9) {
      vErrors.length = _errs9;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.auth_method === void 0) {
        const err8 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "auth_method" }, message: "must have required property 'auth_method'", schema: schema12.allOf[1].then.required, parentSchema: schema12.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid1 = _errs13 === errors;
    valid4 = _valid1;
  }
  if (!valid4) {
    const err9 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[1].if, parentSchema: schema12.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  const _errs15 = errors;
  let valid6 = true;
  const _errs16 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.flow === void 0 && (missing3 = "flow")) {
      const err10 = {};
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    } else {
      if (data.flow !== void 0) {
        if ("registration" !== data.flow) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs16 === errors;
  errors = _errs15;
  if (vErrors !== null) {
    if (_errs15) {
      vErrors.length = _errs15;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs18 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.auth_method !== void 0) {
        let data4 = data.auth_method;
        if (!(data4 === "password" || data4 === "oidc" || data4 === "code" || data4 === "webauthn" || data4 === "passkey")) {
          const err12 = { instancePath: instancePath + "/auth_method", schemaPath: "#/allOf/2/then/properties/auth_method/enum", keyword: "enum", params: { allowedValues: schema12.allOf[2].then.properties.auth_method.enum }, message: "must be equal to one of the allowed values", schema: schema12.allOf[2].then.properties.auth_method.enum, parentSchema: schema12.allOf[2].then.properties.auth_method, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs18 === errors;
    valid6 = _valid2;
  }
  if (!valid6) {
    const err13 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[2].if, parentSchema: schema12.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  const _errs21 = errors;
  let valid9 = true;
  const _errs22 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing4;
    if (data.flow === void 0 && (missing4 = "flow")) {
      const err14 = {};
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    } else {
      if (data.flow !== void 0) {
        if ("login" !== data.flow) {
          const err15 = {};
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs22 === errors;
  errors = _errs21;
  if (vErrors !== null) {
    if (_errs21) {
      vErrors.length = _errs21;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs24 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.auth_method !== void 0) {
        let data6 = data.auth_method;
        if (!(data6 === "password" || data6 === "oidc" || data6 === "code" || data6 === "webauthn" || data6 === "passkey" || data6 === "totp" || data6 === "lookup_secret")) {
          const err16 = { instancePath: instancePath + "/auth_method", schemaPath: "#/allOf/3/then/properties/auth_method/enum", keyword: "enum", params: { allowedValues: schema12.allOf[3].then.properties.auth_method.enum }, message: "must be equal to one of the allowed values", schema: schema12.allOf[3].then.properties.auth_method.enum, parentSchema: schema12.allOf[3].then.properties.auth_method, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    var _valid3 = _errs24 === errors;
    valid9 = _valid3;
  }
  if (!valid9) {
    const err17 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[3].if, parentSchema: schema12.allOf[3], data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  const _errs27 = errors;
  let valid12 = true;
  const _errs28 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing5;
    if (data.flow === void 0 && (missing5 = "flow")) {
      const err18 = {};
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    } else {
      if (data.flow !== void 0) {
        if ("settings" !== data.flow) {
          const err19 = {};
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
  }
  var _valid4 = _errs28 === errors;
  errors = _errs27;
  if (vErrors !== null) {
    if (_errs27) {
      vErrors.length = _errs27;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs30 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.auth_method !== void 0) {
        let data8 = data.auth_method;
        if (!(data8 === "password" || data8 === "oidc" || data8 === "profile" || data8 === "webauthn" || data8 === "passkey" || data8 === "totp" || data8 === "lookup_secret")) {
          const err20 = { instancePath: instancePath + "/auth_method", schemaPath: "#/allOf/4/then/properties/auth_method/enum", keyword: "enum", params: { allowedValues: schema12.allOf[4].then.properties.auth_method.enum }, message: "must be equal to one of the allowed values", schema: schema12.allOf[4].then.properties.auth_method.enum, parentSchema: schema12.allOf[4].then.properties.auth_method, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    var _valid4 = _errs30 === errors;
    valid12 = _valid4;
  }
  if (!valid12) {
    const err21 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[4].if, parentSchema: schema12.allOf[4], data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  const _errs33 = errors;
  let valid15 = true;
  const _errs34 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing6;
    if (data.flow === void 0 && (missing6 = "flow")) {
      const err22 = {};
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    } else {
      if (data.flow !== void 0) {
        let data9 = data.flow;
        if (!(data9 === "recovery" || data9 === "verification")) {
          const err23 = {};
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
  }
  var _valid5 = _errs34 === errors;
  errors = _errs33;
  if (vErrors !== null) {
    if (_errs33) {
      vErrors.length = _errs33;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs36 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.auth_method !== void 0) {
        let data10 = data.auth_method;
        if (!(data10 === "code" || data10 === "link")) {
          const err24 = { instancePath: instancePath + "/auth_method", schemaPath: "#/allOf/5/then/properties/auth_method/enum", keyword: "enum", params: { allowedValues: schema12.allOf[5].then.properties.auth_method.enum }, message: "must be equal to one of the allowed values", schema: schema12.allOf[5].then.properties.auth_method.enum, parentSchema: schema12.allOf[5].then.properties.auth_method, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs36 === errors;
    valid15 = _valid5;
  }
  if (!valid15) {
    const err25 = { instancePath, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[5].if, parentSchema: schema12.allOf[5], data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  const _errs39 = errors;
  const _errs40 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing7;
    if (data.body === void 0 && (missing7 = "body") || data.body_file === void 0 && (missing7 = "body_file")) {
      const err26 = {};
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
  }
  var valid18 = _errs40 === errors;
  if (valid18) {
    const err27 = { instancePath, schemaPath: "#/allOf/6/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema12.allOf[6].not, parentSchema: schema12.allOf[6], data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  } else {
    errors = _errs39;
    if (vErrors !== null) {
      if (_errs39) {
        vErrors.length = _errs39;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs42 = errors;
  let valid19 = true;
  const _errs43 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing8;
    if (data.response_ignore === void 0 && (missing8 = "response_ignore")) {
      const err28 = {};
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    } else {
      if (data.response_ignore !== void 0) {
        if (true !== data.response_ignore) {
          const err29 = {};
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
  }
  var _valid6 = _errs43 === errors;
  errors = _errs42;
  if (vErrors !== null) {
    if (_errs42) {
      vErrors.length = _errs42;
    } else {
      vErrors = null;
    }
  }
  if (_valid6) {
    const _errs45 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.response_parse !== void 0) {
        let data12 = data.response_parse;
        if (false !== data12) {
          const err30 = { instancePath: instancePath + "/response_parse", schemaPath: "#/allOf/7/then/properties/response_parse/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant", schema: false, parentSchema: schema12.allOf[7].then.properties.response_parse, data: data12 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      if (data.can_interrupt !== void 0) {
        let data13 = data.can_interrupt;
        if (false !== data13) {
          const err31 = { instancePath: instancePath + "/can_interrupt", schemaPath: "#/allOf/7/then/properties/can_interrupt/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant", schema: false, parentSchema: schema12.allOf[7].then.properties.can_interrupt, data: data13 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    }
    var _valid6 = _errs45 === errors;
    valid19 = _valid6;
  }
  if (!valid19) {
    const err32 = { instancePath, schemaPath: "#/allOf/7/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema12.allOf[7].if, parentSchema: schema12.allOf[7], data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.flow === void 0) {
      const err33 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flow" }, message: "must have required property 'flow'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err33];
      } else {
        vErrors.push(err33);
      }
      errors++;
    }
    if (data.timing === void 0) {
      const err34 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timing" }, message: "must have required property 'timing'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err35 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err35];
      } else {
        vErrors.push(err35);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema12.properties, key0)) {
        const err36 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.flow !== void 0) {
      let data14 = data.flow;
      if (typeof data14 !== "string") {
        const err37 = { instancePath: instancePath + "/flow", schemaPath: "#/properties/flow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.flow.type, parentSchema: schema12.properties.flow, data: data14 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (!(data14 === "login" || data14 === "registration" || data14 === "recovery" || data14 === "settings" || data14 === "verification")) {
        const err38 = { instancePath: instancePath + "/flow", schemaPath: "#/properties/flow/enum", keyword: "enum", params: { allowedValues: schema12.properties.flow.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.flow.enum, parentSchema: schema12.properties.flow, data: data14 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.timing !== void 0) {
      let data15 = data.timing;
      if (typeof data15 !== "string") {
        const err39 = { instancePath: instancePath + "/timing", schemaPath: "#/properties/timing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.timing.type, parentSchema: schema12.properties.timing, data: data15 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (!(data15 === "before" || data15 === "after")) {
        const err40 = { instancePath: instancePath + "/timing", schemaPath: "#/properties/timing/enum", keyword: "enum", params: { allowedValues: schema12.properties.timing.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.timing.enum, parentSchema: schema12.properties.timing, data: data15 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.auth_method !== void 0) {
      let data16 = data.auth_method;
      if (typeof data16 !== "string") {
        const err41 = { instancePath: instancePath + "/auth_method", schemaPath: "#/properties/auth_method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.auth_method.type, parentSchema: schema12.properties.auth_method, data: data16 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (!(data16 === "password" || data16 === "oidc" || data16 === "code" || data16 === "webauthn" || data16 === "passkey" || data16 === "totp" || data16 === "lookup_secret" || data16 === "profile" || data16 === "link")) {
        const err42 = { instancePath: instancePath + "/auth_method", schemaPath: "#/properties/auth_method/enum", keyword: "enum", params: { allowedValues: schema12.properties.auth_method.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.auth_method.enum, parentSchema: schema12.properties.auth_method, data: data16 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data17 = data.url;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err43 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.url, data: data17 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.url.type, parentSchema: schema12.properties.url, data: data17 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.method !== void 0) {
      let data18 = data.method;
      if (typeof data18 !== "string") {
        const err45 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.method.type, parentSchema: schema12.properties.method, data: data18 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      if (!(data18 === "GET" || data18 === "POST" || data18 === "PUT" || data18 === "PATCH" || data18 === "DELETE")) {
        const err46 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema12.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.method.enum, parentSchema: schema12.properties.method, data: data18 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.body !== void 0) {
      let data19 = data.body;
      if (typeof data19 !== "string") {
        const err47 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.body.type, parentSchema: schema12.properties.body, data: data19 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.body_file !== void 0) {
      let data20 = data.body_file;
      if (typeof data20 === "string") {
        if (func2(data20) < 1) {
          const err48 = { instancePath: instancePath + "/body_file", schemaPath: "#/properties/body_file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.body_file, data: data20 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/body_file", schemaPath: "#/properties/body_file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.body_file.type, parentSchema: schema12.properties.body_file, data: data20 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.can_interrupt !== void 0) {
      let data21 = data.can_interrupt;
      if (typeof data21 !== "boolean") {
        const err50 = { instancePath: instancePath + "/can_interrupt", schemaPath: "#/properties/can_interrupt/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.can_interrupt.type, parentSchema: schema12.properties.can_interrupt, data: data21 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.response_ignore !== void 0) {
      let data22 = data.response_ignore;
      if (typeof data22 !== "boolean") {
        const err51 = { instancePath: instancePath + "/response_ignore", schemaPath: "#/properties/response_ignore/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.response_ignore.type, parentSchema: schema12.properties.response_ignore, data: data22 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.response_parse !== void 0) {
      let data23 = data.response_parse;
      if (typeof data23 !== "boolean") {
        const err52 = { instancePath: instancePath + "/response_parse", schemaPath: "#/properties/response_parse/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.response_parse.type, parentSchema: schema12.properties.response_parse, data: data23 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.project_id !== void 0) {
      let data24 = data.project_id;
      if (typeof data24 === "string") {
        if (func2(data24) < 1) {
          const err53 = { instancePath: instancePath + "/project_id", schemaPath: "#/properties/project_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.project_id, data: data24 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      } else {
        const err54 = { instancePath: instancePath + "/project_id", schemaPath: "#/properties/project_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.project_id.type, parentSchema: schema12.properties.project_id, data: data24 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.auth !== void 0) {
      let data25 = data.auth;
      const _errs75 = errors;
      let valid25 = true;
      const _errs76 = errors;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        let missing9;
        if (data25.type === void 0 && (missing9 = "type")) {
          const err55 = {};
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        } else {
          if (data25.type !== void 0) {
            if ("api_key" !== data25.type) {
              const err56 = {};
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
        }
      }
      var _valid7 = _errs76 === errors;
      errors = _errs75;
      if (vErrors !== null) {
        if (_errs75) {
          vErrors.length = _errs75;
        } else {
          vErrors = null;
        }
      }
      if (_valid7) {
        const _errs78 = errors;
        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
          if (data25.name === void 0) {
            const err57 = { instancePath: instancePath + "/auth", schemaPath: "#/definitions/auth/allOf/0/then/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.allOf[0].then.required, parentSchema: schema13.allOf[0].then, data: data25 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (data25.value === void 0) {
            const err58 = { instancePath: instancePath + "/auth", schemaPath: "#/definitions/auth/allOf/0/then/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema13.allOf[0].then.required, parentSchema: schema13.allOf[0].then, data: data25 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (data25.user !== void 0) {
            const err59 = { instancePath: instancePath + "/auth/user", schemaPath: "#/definitions/auth/allOf/0/then/properties/user/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema13.allOf[0].then.properties.user, data: data25.user };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (data25.password !== void 0) {
            const err60 = { instancePath: instancePath + "/auth/password", schemaPath: "#/definitions/auth/allOf/0/then/properties/password/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema13.allOf[0].then.properties.password, data: data25.password };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        var _valid7 = _errs78 === errors;
        valid25 = _valid7;
      }
      if (!valid25) {
        const err61 = { instancePath: instancePath + "/auth", schemaPath: "#/definitions/auth/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema13.allOf[0].if, parentSchema: schema13.allOf[0], data: data25 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
      const _errs80 = errors;
      let valid28 = true;
      const _errs81 = errors;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        let missing10;
        if (data25.type === void 0 && (missing10 = "type")) {
          const err62 = {};
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        } else {
          if (data25.type !== void 0) {
            if ("basic_auth" !== data25.type) {
              const err63 = {};
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
        }
      }
      var _valid8 = _errs81 === errors;
      errors = _errs80;
      if (vErrors !== null) {
        if (_errs80) {
          vErrors.length = _errs80;
        } else {
          vErrors = null;
        }
      }
      if (_valid8) {
        const _errs83 = errors;
        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
          if (data25.user === void 0) {
            const err64 = { instancePath: instancePath + "/auth", schemaPath: "#/definitions/auth/allOf/1/then/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'", schema: schema13.allOf[1].then.required, parentSchema: schema13.allOf[1].then, data: data25 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (data25.password === void 0) {
            const err65 = { instancePath: instancePath + "/auth", schemaPath: "#/definitions/auth/allOf/1/then/required", keyword: "required", params: { missingProperty: "password" }, message: "must have required property 'password'", schema: schema13.allOf[1].then.required, parentSchema: schema13.allOf[1].then, data: data25 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          if (data25.name !== void 0) {
            const err66 = { instancePath: instancePath + "/auth/name", schemaPath: "#/definitions/auth/allOf/1/then/properties/name/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema13.allOf[1].then.properties.name, data: data25.name };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (data25.value !== void 0) {
            const err67 = { instancePath: instancePath + "/auth/value", schemaPath: "#/definitions/auth/allOf/1/then/properties/value/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema13.allOf[1].then.properties.value, data: data25.value };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (data25.in !== void 0) {
            const err68 = { instancePath: instancePath + "/auth/in", schemaPath: "#/definitions/auth/allOf/1/then/properties/in/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema13.allOf[1].then.properties.in, data: data25.in };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        var _valid8 = _errs83 === errors;
        valid28 = _valid8;
      }
      if (!valid28) {
        const err69 = { instancePath: instancePath + "/auth", schemaPath: "#/definitions/auth/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema13.allOf[1].if, parentSchema: schema13.allOf[1], data: data25 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.type === void 0) {
          const err70 = { instancePath: instancePath + "/auth", schemaPath: "#/definitions/auth/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.required, parentSchema: schema13, data: data25 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        for (const key1 in data25) {
          if (!(key1 === "type" || key1 === "name" || key1 === "value" || key1 === "in" || key1 === "user" || key1 === "password")) {
            const err71 = { instancePath: instancePath + "/auth", schemaPath: "#/definitions/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data: data25 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data25.type !== void 0) {
          let data33 = data25.type;
          if (typeof data33 !== "string") {
            const err72 = { instancePath: instancePath + "/auth/type", schemaPath: "#/definitions/auth/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.type.type, parentSchema: schema13.properties.type, data: data33 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (!(data33 === "api_key" || data33 === "basic_auth")) {
            const err73 = { instancePath: instancePath + "/auth/type", schemaPath: "#/definitions/auth/properties/type/enum", keyword: "enum", params: { allowedValues: schema13.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.type.enum, parentSchema: schema13.properties.type, data: data33 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data25.name !== void 0) {
          let data34 = data25.name;
          if (typeof data34 === "string") {
            if (func2(data34) < 1) {
              const err74 = { instancePath: instancePath + "/auth/name", schemaPath: "#/definitions/auth/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.name, data: data34 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          } else {
            const err75 = { instancePath: instancePath + "/auth/name", schemaPath: "#/definitions/auth/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.name.type, parentSchema: schema13.properties.name, data: data34 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data25.value !== void 0) {
          let data35 = data25.value;
          if (typeof data35 === "string") {
            if (func2(data35) < 1) {
              const err76 = { instancePath: instancePath + "/auth/value", schemaPath: "#/definitions/auth/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.value, data: data35 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/auth/value", schemaPath: "#/definitions/auth/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.value.type, parentSchema: schema13.properties.value, data: data35 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data25.in !== void 0) {
          let data36 = data25.in;
          if (typeof data36 !== "string") {
            const err78 = { instancePath: instancePath + "/auth/in", schemaPath: "#/definitions/auth/properties/in/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.in.type, parentSchema: schema13.properties.in, data: data36 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          if (!(data36 === "header" || data36 === "cookie")) {
            const err79 = { instancePath: instancePath + "/auth/in", schemaPath: "#/definitions/auth/properties/in/enum", keyword: "enum", params: { allowedValues: schema13.properties.in.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.in.enum, parentSchema: schema13.properties.in, data: data36 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data25.user !== void 0) {
          let data37 = data25.user;
          if (typeof data37 === "string") {
            if (func2(data37) < 1) {
              const err80 = { instancePath: instancePath + "/auth/user", schemaPath: "#/definitions/auth/properties/user/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.user, data: data37 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          } else {
            const err81 = { instancePath: instancePath + "/auth/user", schemaPath: "#/definitions/auth/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.user.type, parentSchema: schema13.properties.user, data: data37 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data25.password !== void 0) {
          let data38 = data25.password;
          if (typeof data38 === "string") {
            if (func2(data38) < 1) {
              const err82 = { instancePath: instancePath + "/auth/password", schemaPath: "#/definitions/auth/properties/password/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.password, data: data38 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          } else {
            const err83 = { instancePath: instancePath + "/auth/password", schemaPath: "#/definitions/auth/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.password.type, parentSchema: schema13.properties.password, data: data38 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/auth", schemaPath: "#/definitions/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data25 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.sample_ctx !== void 0) {
      let data39 = data.sample_ctx;
      if (!(data39 && typeof data39 == "object" && !Array.isArray(data39))) {
        const err85 = { instancePath: instancePath + "/sample_ctx", schemaPath: "#/properties/sample_ctx/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.sample_ctx.type, parentSchema: schema12.properties.sample_ctx, data: data39 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
  } else {
    const err86 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err86];
    } else {
      vErrors.push(err86);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.actions === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "project_id" || key0 === "prune" || key0 === "actions")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === 1)) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema11.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.version.enum, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.project_id !== void 0) {
      let data1 = data.project_id;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err4 = { instancePath: instancePath + "/project_id", schemaPath: "#/properties/project_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.project_id, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/project_id", schemaPath: "#/properties/project_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.project_id.type, parentSchema: schema11.properties.project_id, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.prune !== void 0) {
      let data2 = data.prune;
      if (typeof data2 !== "boolean") {
        const err6 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.prune.type, parentSchema: schema11.properties.prune, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.actions !== void 0) {
      let data3 = data.actions;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs10 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err7 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,62}$"', schema: "^[a-z0-9][a-z0-9_-]{0,62}$", parentSchema: schema11.properties.actions.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          var valid1 = _errs10 === errors;
          if (!valid1) {
            const err8 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.actions.propertyNames, parentSchema: schema11.properties.actions, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          if (!validate11(data3[key2], { instancePath: instancePath + "/actions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.actions.type, parentSchema: schema11.properties.actions, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/manifest/schema-validator.ts
function compileManifestValidator() {
  return manifest_validator_default;
}

// node_modules/fastest-levenshtein/esm/mod.js
var peq = new Uint32Array(65536);
var myers_32 = (a, b) => {
  const n = a.length;
  const m = b.length;
  const lst = 1 << n - 1;
  let pv = -1;
  let mv = 0;
  let sc = n;
  let i = n;
  while (i--) {
    peq[a.charCodeAt(i)] |= 1 << i;
  }
  for (i = 0; i < m; i++) {
    let eq = peq[b.charCodeAt(i)];
    const xv = eq | mv;
    eq |= (eq & pv) + pv ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & lst) {
      sc++;
    }
    if (pv & lst) {
      sc--;
    }
    mv = mv << 1 | 1;
    pv = pv << 1 | ~(xv | mv);
    mv &= xv;
  }
  i = n;
  while (i--) {
    peq[a.charCodeAt(i)] = 0;
  }
  return sc;
};
var myers_x = (b, a) => {
  const n = a.length;
  const m = b.length;
  const mhc = [];
  const phc = [];
  const hsize = Math.ceil(n / 32);
  const vsize = Math.ceil(m / 32);
  for (let i = 0; i < hsize; i++) {
    phc[i] = -1;
    mhc[i] = 0;
  }
  let j = 0;
  for (; j < vsize - 1; j++) {
    let mv2 = 0;
    let pv2 = -1;
    const start2 = j * 32;
    const vlen2 = Math.min(32, m) + start2;
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] |= 1 << k;
    }
    for (let i = 0; i < n; i++) {
      const eq = peq[a.charCodeAt(i)];
      const pb = phc[i / 32 | 0] >>> i & 1;
      const mb = mhc[i / 32 | 0] >>> i & 1;
      const xv = eq | mv2;
      const xh = ((eq | mb) & pv2) + pv2 ^ pv2 | eq | mb;
      let ph = mv2 | ~(xh | pv2);
      let mh = pv2 & xh;
      if (ph >>> 31 ^ pb) {
        phc[i / 32 | 0] ^= 1 << i;
      }
      if (mh >>> 31 ^ mb) {
        mhc[i / 32 | 0] ^= 1 << i;
      }
      ph = ph << 1 | pb;
      mh = mh << 1 | mb;
      pv2 = mh | ~(xv | ph);
      mv2 = ph & xv;
    }
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] = 0;
    }
  }
  let mv = 0;
  let pv = -1;
  const start = j * 32;
  const vlen = Math.min(32, m - start) + start;
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] |= 1 << k;
  }
  let score = m;
  for (let i = 0; i < n; i++) {
    const eq = peq[a.charCodeAt(i)];
    const pb = phc[i / 32 | 0] >>> i & 1;
    const mb = mhc[i / 32 | 0] >>> i & 1;
    const xv = eq | mv;
    const xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ph >>> m - 1 & 1;
    score -= mh >>> m - 1 & 1;
    if (ph >>> 31 ^ pb) {
      phc[i / 32 | 0] ^= 1 << i;
    }
    if (mh >>> 31 ^ mb) {
      mhc[i / 32 | 0] ^= 1 << i;
    }
    ph = ph << 1 | pb;
    mh = mh << 1 | mb;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] = 0;
  }
  return score;
};
var distance = (a, b) => {
  if (a.length < b.length) {
    const tmp = b;
    b = a;
    a = tmp;
  }
  if (b.length === 0) {
    return a.length;
  }
  if (a.length <= 32) {
    return myers_32(a, b);
  }
  return myers_x(a, b);
};

// src/manifest/suggest.ts
function nearest(given, candidates) {
  const lower = given.toLowerCase();
  const sameLetters = candidates.find((c) => c.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(Math.max(given.length, best?.length ?? 0) / 3));
  return bestDistance <= tolerance ? best : void 0;
}
function suggestionHint(given, candidates, listName = "valid values") {
  const close = nearest(given, candidates);
  if (close !== void 0) return `did you mean "${close}"?`;
  return `${listName}: ${candidates.join(", ")}`;
}

// src/manifest/schema.ts
var compiled;
function validator2() {
  compiled ??= compileManifestValidator();
  return compiled;
}
function keyPathText(path) {
  return path.length === 0 ? "(root)" : path.join(".");
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describeContainer(path) {
  if (path.length === 0) return "the manifest";
  if (path[0] === "actions" && path.length === 1) return '"actions"';
  if (path[0] === "actions" && path.length === 2) return `action "${String(path[1])}"`;
  if (path[0] === "actions" && path.length >= 3) return `${path.slice(2).join(".")} of action "${String(path[1])}"`;
  return `"${path.join(".")}"`;
}
function fieldName(path) {
  if (path.length === 0) return "the manifest";
  const last = String(path[path.length - 1]);
  if (path[0] === "actions" && path.length === 2) return `action "${last}"`;
  if (path[0] === "actions" && path.length >= 3) return `"${path.slice(2).join(".")}" of action "${String(path[1])}"`;
  return `"${last}"`;
}
var TYPE_NAMES = {
  string: "a string",
  boolean: "a boolean (true or false)",
  object: "a mapping (key: value lines)",
  integer: "a whole number",
  number: "a number",
  array: "a list",
  null: "empty"
};
function describeGot(data, sensitive) {
  if (data === null || data === void 0) return "it has no value";
  if (Array.isArray(data)) return "got a list";
  if (typeof data === "object") return "got a mapping";
  if (sensitive) return `got ${typeof data === "string" ? "a string" : `a ${typeof data}`}`;
  if (typeof data === "string") {
    return sensitive || data.length > 60 ? "got a string" : `got the string "${data}"`;
  }
  return `got the ${typeof data} ${String(data)}`;
}
function typeHint(expected, data) {
  if (expected === "boolean" && typeof data === "string") {
    const lower = data.trim().toLowerCase();
    if (["true", "yes", "on", "y"].includes(lower)) return "write true, without quotes";
    if (["false", "no", "off", "n"].includes(lower)) return "write false, without quotes";
    return "write true or false";
  }
  if (expected === "string" && (typeof data === "number" || typeof data === "boolean")) return "put the value in quotes";
  if (expected === "integer" && typeof data === "string" && /^\d+$/.test(data.trim())) return `write ${data.trim()} without quotes`;
  if (expected === "object" && (data === null || data === void 0)) return "indent the keys that belong to it under it";
  return void 0;
}
function reportedElsewhere(error, path) {
  if (error.schemaPath.includes("/allOf/") || error.keyword === "if" || error.keyword === "not") return true;
  if (error.keyword === "propertyNames" || error.propertyName !== void 0) return true;
  if (error.keyword === "enum" && path[0] === "actions" && path.length === 3 && path[2] === "auth_method") return true;
  return false;
}
function allowedKeys(error) {
  const parent = error.parentSchema;
  return Object.keys(parent?.properties ?? {});
}
function mapError(error, ctx) {
  const path = parsePointer(error.instancePath);
  if (reportedElsewhere(error, path)) return void 0;
  const { src } = ctx;
  const keyText = keyPathText(path);
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = String(error.params.additionalProperty);
      const full = [...path, extra];
      const keys = allowedKeys(error);
      return {
        severity: "error",
        message: `unknown key "${extra}" in ${describeContainer(path)}`,
        location: keyLocation(src, full),
        key: keyPathText(full),
        hint: suggestionHint(extra, keys, "valid keys")
      };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      const full = [...path, missing];
      return {
        severity: "error",
        message: `${describeContainer(path)} is missing the required key "${missing}"`,
        location: path.length === 0 ? { file: src.file, line: 1, column: 1 } : keyLocation(src, path),
        key: keyPathText(full),
        hint: requiredHint(missing)
      };
    }
    case "type": {
      const expected = String(error.params.type);
      const sensitive = ctx.isSensitive(path);
      const hint = typeHint(expected, error.data);
      return {
        severity: "error",
        message: `${fieldName(path)} must be ${TYPE_NAMES[expected] ?? expected}; ${describeGot(error.data, sensitive)}`,
        location: valueLocation(src, path),
        key: keyText,
        ...hint ? { hint } : {}
      };
    }
    case "enum":
    case "const": {
      const allowed = (error.keyword === "enum" ? error.params.allowedValues : [error.params.allowedValue]).map((v) => String(v));
      const given = String(error.data);
      const sensitive = ctx.isSensitive(path);
      const close = typeof error.data === "string" ? nearest(given, allowed) : void 0;
      const sameButCase = close !== void 0 && close.toLowerCase() === given.toLowerCase();
      return {
        severity: "error",
        message: `${fieldName(path)} must be ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(", ")}`}; ${describeGot(error.data, sensitive)}`,
        location: valueLocation(src, path),
        key: keyText,
        hint: sameButCase ? `use "${close}"` : close !== void 0 ? `did you mean "${close}"?` : `valid values: ${allowed.join(", ")}`
      };
    }
    case "minLength":
      return {
        severity: "error",
        message: `${fieldName(path)} must not be empty`,
        location: valueLocation(src, path),
        key: keyText
      };
    default:
      return {
        severity: "error",
        message: `${fieldName(path)} is invalid: ${error.message ?? error.keyword}`,
        location: valueLocation(src, path),
        key: keyText
      };
  }
}
function requiredHint(missing) {
  switch (missing) {
    case "actions":
      return "add an `actions:` mapping (it may be empty: `actions: {}`)";
    case "flow":
      return "add `flow:` with one of login, registration, recovery, settings, verification";
    case "timing":
      return "add `timing: before` or `timing: after`";
    case "url":
      return "add `url:` with the absolute https:// URL of your endpoint";
    case "type":
      return "add `type: api_key` or `type: basic_auth`";
    default:
      return void 0;
  }
}
function validateStructure(data, ctx) {
  const validate2 = validator2();
  if (validate2(data)) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of validate2.errors ?? []) {
    const diagnostic = mapError(error, ctx);
    if (!diagnostic) continue;
    const id = `${diagnostic.key} ${diagnostic.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(diagnostic);
  }
  return out;
}

// src/manifest/load.ts
var ACTION_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;
var ALL_AUTH_METHODS = [...new Set(Object.values(AFTER_METHODS).flat())];
var SENSITIVE_AUTH_FIELDS = /* @__PURE__ */ new Set(["value", "password"]);
var isPlainObject2 = isRecord;
var IDENTITY_FIELDS = /* @__PURE__ */ new Set(["project_id", "flow", "timing", "auth_method", "url", "method"]);
function isIdentityPath(path) {
  return path.length === 1 && path[0] === "project_id" || path.length === 3 && path[0] === "actions" && IDENTITY_FIELDS.has(String(path[2]));
}
function pathId(path) {
  return JSON.stringify(path.map(String));
}
var LoadContext = class {
  constructor(input, src) {
    this.input = input;
    this.src = src;
  }
  input;
  src;
  diagnostics = [];
  secrets = /* @__PURE__ */ new Set();
  /** resolved strings by path, for display texts and sensitivity */
  references = /* @__PURE__ */ new Map();
  /** paths whose references failed: their value is not checked any further */
  unresolved = /* @__PURE__ */ new Set();
  /** keepValidActions: paths whose references no longer resolve; sensitive, shown as written */
  unsetReferences = /* @__PURE__ */ new Set();
  error(message, location, key, hint) {
    this.diagnostics.push({
      severity: "error",
      message,
      ...location ? { location } : {},
      ...key ? { key: keyPathText(key) } : {},
      ...hint ? { hint } : {}
    });
  }
  warning(message, location, key, hint) {
    this.diagnostics.push({
      severity: "warning",
      message,
      ...location ? { location } : {},
      ...key ? { key: keyPathText(key) } : {},
      ...hint ? { hint } : {}
    });
  }
  /** true when a value came (partly) from the environment or is an auth secret: it is never printed */
  isSensitive(path) {
    if (this.unsetReferences.has(pathId(path))) return true;
    const ref = this.references.get(pathId(path));
    if (ref && ref.resolved.substitutions.length > 0) return true;
    return path.length === 4 && path[0] === "actions" && path[2] === "auth" && SENSITIVE_AUTH_FIELDS.has(String(path[3]));
  }
  /** The text as written when the value came from a reference (the display text), else undefined. */
  referenceDisplay(path) {
    const ref = this.references.get(pathId(path));
    if (ref && this.unsetReferences.has(pathId(path))) return ref.raw;
    return ref && ref.resolved.substitutions.length > 0 ? ref.raw : void 0;
  }
  hasErrorsUnder(path) {
    const prefix = keyPathText(path);
    return this.diagnostics.some((d) => d.severity === "error" && d.key !== void 0 && (d.key === prefix || d.key.startsWith(`${prefix}.`)));
  }
};
function yamlErrorHint(code) {
  switch (code) {
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    case "BAD_INDENT":
    case "BAD_DIRECTIVE":
      return "check the indentation: keys of one mapping line up, and their values sit further right";
    case "MISSING_CHAR":
      return "a quote or bracket is not closed";
    case "MULTILINE_IMPLICIT_KEY":
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MISSING_KEY":
      return 'check the indentation and that every key is followed by ": "';
    case "MULTIPLE_DOCS":
      return 'keep one document per manifest (remove the extra "---")';
    default:
      return "check the YAML syntax around this position";
  }
}
function quotedScalarEndingAt(src, offset) {
  let start;
  (0, import_yaml2.visit)(src.doc, {
    Scalar(_, node) {
      if ((node.type === import_yaml2.Scalar.QUOTE_DOUBLE || node.type === import_yaml2.Scalar.QUOTE_SINGLE) && node.range && node.range[1] === offset) {
        start = node.range[0];
        return import_yaml2.visit.BREAK;
      }
      return void 0;
    }
  });
  return start;
}
function reportYamlProblems(ctx) {
  const { src } = ctx;
  for (const problem of src.doc.errors) {
    const opened = problem.code === "MISSING_CHAR" ? quotedScalarEndingAt(src, problem.pos[0]) : void 0;
    ctx.error(
      `YAML syntax error: ${problem.message}${opened !== void 0 ? " (opened here)" : ""}`,
      locationAtOffset(src, opened ?? problem.pos[0]),
      void 0,
      yamlErrorHint(problem.code)
    );
  }
  for (const problem of src.doc.warnings) {
    ctx.warning(`YAML: ${problem.message}`, locationAtOffset(src, problem.pos[0]), void 0);
  }
  const keys = findKeyProblems(src);
  for (const duplicate of keys.duplicates) {
    const first = nodeLocation(src, duplicate.first);
    const isActionName = duplicate.path.length === 1 && duplicate.path[0] === "actions";
    ctx.error(
      isActionName ? `duplicate action name "${duplicate.key}" (first defined at line ${first.line})` : `duplicate key "${duplicate.key}" in ${duplicate.path.length === 0 ? "the manifest" : keyPathText(duplicate.path)} (first at line ${first.line})`,
      nodeLocation(src, duplicate.node),
      [...duplicate.path, duplicate.key],
      isActionName ? "action names must be unique: rename or remove one" : "keep one of them"
    );
  }
  for (const complex of keys.complex) {
    ctx.error("a key must be a plain name, not a list or mapping", nodeLocation(src, complex.node), complex.path, "write `name: value`");
  }
  return src.doc.errors.length === 0;
}
function resolveTree(ctx, value2, path) {
  if (typeof value2 === "string") {
    const resolved = resolveReferences(value2, ctx.input.env);
    if (resolved.substitutions.length > 0 || resolved.problems.length > 0) {
      ctx.references.set(pathId(path), { raw: value2, resolved });
    }
    for (const secret of resolved.secrets) ctx.secrets.add(secret);
    if (resolved.problems.length > 0 && ctx.input.keepValidActions && !isIdentityPath(path)) {
      ctx.unsetReferences.add(pathId(path));
      return value2;
    }
    for (const problem of resolved.problems) {
      ctx.unresolved.add(pathId(path));
      ctx.error(problem.message, locationInValue(ctx.src, path, problem.offset), [...path], problem.hint);
    }
    return resolved.value;
  }
  if (Array.isArray(value2)) {
    return value2.map((item, index) => {
      path.push(index);
      const resolved = resolveTree(ctx, item, path);
      path.pop();
      return resolved;
    });
  }
  if (isPlainObject2(value2)) {
    const out = Object.hasOwn(value2, "__proto__") ? /* @__PURE__ */ Object.create(null) : {};
    for (const [key, item] of Object.entries(value2)) {
      path.push(key);
      out[key] = resolveTree(ctx, item, path);
      path.pop();
    }
    return out;
  }
  return value2;
}
function enumValue(value2, allowed) {
  return typeof value2 === "string" && allowed.includes(value2) ? value2 : void 0;
}
function shown(ctx, path, value2) {
  return ctx.referenceDisplay(path) ?? value2;
}
function checkAuthMethod(ctx, base, action, flow, timing) {
  const path = [...base, "auth_method"];
  const given = action.auth_method;
  if (given !== void 0 && typeof given !== "string") return void 0;
  if (!flow || !timing) {
    if (given !== void 0 && !ALL_AUTH_METHODS.includes(given)) {
      ctx.error(`"auth_method" of action "${String(base[1])}" must be one of ${ALL_AUTH_METHODS.join(", ")}; got "${given}"`, valueLocation(ctx.src, path), path, suggestionHint(given, ALL_AUTH_METHODS));
    }
    return given;
  }
  if (timing === "before") {
    if (given !== void 0) {
      ctx.error(
        `auth_method is refused for "before" hooks: a ${flow} before hook runs for every method`,
        keyLocation(ctx.src, path),
        path,
        "remove auth_method, or use timing: after"
      );
    }
    return void 0;
  }
  const allowed = AFTER_METHODS[flow];
  if (given === void 0) {
    if (!FLAT_AFTER_FLOWS.has(flow)) {
      ctx.error(
        `action "${String(base[1])}" needs auth_method: ${flow} after hooks run per authentication method`,
        keyLocation(ctx.src, base),
        path,
        `add auth_method with one of ${allowed.join(", ")}`
      );
    }
    return void 0;
  }
  if (!allowed.includes(given)) {
    const close = nearest(given, allowed);
    ctx.error(
      `the ${flow} flow has no auth_method "${given}"; it has ${allowed.join(", ")}`,
      valueLocation(ctx.src, path),
      path,
      close !== void 0 ? close.toLowerCase() === given.toLowerCase() ? `use "${close}"` : `did you mean "${close}"?` : `use one of ${allowed.join(", ")}`
    );
    return void 0;
  }
  return given;
}
function checkUrl(ctx, base, action) {
  const path = [...base, "url"];
  const url2 = action.url;
  if (typeof url2 !== "string" || url2 === "" || ctx.unresolved.has(pathId(path))) return void 0;
  const sensitive = ctx.isSensitive(path);
  const what = sensitive ? `"url" (${shown(ctx, path, url2)}, resolved from the environment)` : `"url" "${url2}"`;
  let parsed;
  try {
    parsed = new URL(url2);
  } catch {
    parsed = void 0;
  }
  if (!parsed || !parsed.host) {
    const looksLikeHost = /^[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(\/.*)?$/.test(url2);
    ctx.error(
      `${what} is not an absolute http(s) URL`,
      valueLocation(ctx.src, path),
      path,
      !sensitive && looksLikeHost ? `did you mean "https://${url2}"?` : "write the full URL, e.g. https://api.example.com/webhooks/welcome"
    );
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    ctx.error(`${what} must use https:// (or http://), not ${parsed.protocol}//`, valueLocation(ctx.src, path), path, "Ory calls webhooks over HTTP(S) only");
    return void 0;
  }
  const rewrite = urlRewrite(url2, parsed);
  if (rewrite) {
    const at = sensitive ? valueLocation(ctx.src, path) : locationInValue(ctx.src, path, rewrite.offset);
    ctx.error(
      `${what} ${rewrite.problem}${!sensitive && rewrite.suggestion !== void 0 ? ` (it reads "${rewrite.suggestion}")` : ""}`,
      at,
      path,
      sensitive ? `fix the value of the variable: ${rewrite.fix}` : rewrite.suggestion !== void 0 ? `write "${rewrite.suggestion}"` : rewrite.fix
    );
    return void 0;
  }
  if (parsed.protocol === "http:") {
    ctx.warning(
      `"url" of action "${String(base[1])}" uses plain http://: the request and any credentials travel unencrypted`,
      valueLocation(ctx.src, path),
      path,
      "use https://"
    );
  }
  return url2;
}
var INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/u;
function urlRewrite(url2, parsed) {
  for (let i = 0; i < url2.length; i++) {
    const c = url2[i];
    const code = c.codePointAt(0);
    if (/\s/u.test(c)) return { offset: i, problem: "contains a space or line break", fix: "remove it, or write it as %20 where it belongs in the path" };
    if (code < 32 || code >= 127 && code <= 159) return { offset: i, problem: `contains a control character (U+${code.toString(16).toUpperCase().padStart(4, "0")})`, fix: "remove it" };
    if (INVISIBLE.test(c)) return { offset: i, problem: `contains an invisible character (U+${code.toString(16).toUpperCase().padStart(4, "0")})`, fix: "remove it (retype the URL)" };
    if (c === "\\") return { offset: i, problem: 'contains a backslash, which a URL parser reads as "/"', fix: 'use "/" (or %5C for a literal backslash)' };
  }
  const parts = /^([A-Za-z][A-Za-z0-9+.-]*:)\/\/([^/?#]*)(.*)$/s.exec(url2);
  if (!parts || parts[2] === "" || /^@|@$/.test(parts[2])) {
    return { offset: 0, problem: 'has no host after "//"', fix: "write it as https://host/path", suggestion: parsed.href };
  }
  const [, scheme, authority, rest] = parts;
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at + 1) : "";
  const defaultPort = scheme.toLowerCase() === "https:" ? ":443" : ":80";
  let hostPort = authority.slice(at + 1).replace(/[A-Z]/g, (ch) => ch.toLowerCase());
  if (hostPort.endsWith(defaultPort)) hostPort = hostPort.slice(0, -defaultPort.length);
  if (hostPort.endsWith(":")) hostPort = hostPort.slice(0, -1);
  const harmless = `${scheme.toLowerCase()}//${userinfo}${hostPort}${rest === "" || /^[?#]/.test(rest) ? "/" : ""}${rest}`;
  if (harmless === parsed.href) return void 0;
  let offset = 0;
  while (offset < url2.length && url2[offset] === parsed.href[offset]) offset++;
  const nonAscii = /[^\x00-\x7f]/.test(url2);
  return {
    offset: Math.min(offset, url2.length - 1),
    problem: nonAscii ? "holds characters outside ASCII, which a URL parser rewrites" : "holds characters a URL parser rewrites",
    fix: "write the URL the way it is sent: percent-encode such characters, and write an international host in its xn-- form",
    suggestion: parsed.href
  };
}
function checkFlags(ctx, base, action) {
  const name = String(base[1]);
  if (action.response_ignore === true && action.response_parse === true) {
    ctx.error(
      `action "${name}" sets both response_ignore and response_parse: Ory cannot parse a response it does not wait for`,
      keyLocation(ctx.src, [...base, "response_ignore"]),
      [...base, "response_ignore"],
      "remove one of them"
    );
  }
  if (action.response_ignore === true && action.can_interrupt === true) {
    ctx.error(
      `action "${name}" sets both response_ignore and can_interrupt: a call nobody waits for cannot interrupt the flow`,
      keyLocation(ctx.src, [...base, "response_ignore"]),
      [...base, "response_ignore"],
      "remove one of them"
    );
  }
  if (action.can_interrupt === true) {
    ctx.warning(
      `action "${name}" uses can_interrupt, which is deprecated in Kratos; the webhook can block the flow`,
      keyLocation(ctx.src, [...base, "can_interrupt"]),
      [...base, "can_interrupt"],
      "prefer response_parse: true"
    );
  }
}
function inlineBody(ctx, base, source) {
  const path = [...base, "body"];
  const body = { source, location: locationInValue(ctx.src, path, 0) };
  rememberBodyOrigin(body, { kind: "inline", src: ctx.src, path, substitutions: ctx.references.get(pathId(path))?.resolved.substitutions ?? [] });
  return body;
}
function fileBody(ctx, base, bodyFile, display) {
  const path = [...base, "body_file"];
  const where = valueLocation(ctx.src, path);
  if (import_node_path2.posix.isAbsolute(bodyFile) || /^[A-Za-z]:[\\/]/.test(bodyFile)) {
    ctx.error(`body_file "${bodyFile}" must be a path relative to the manifest's directory`, where, path, "e.g. bodies/welcome.jsonnet");
    return void 0;
  }
  const relative3 = import_node_path2.posix.normalize(bodyFile.replace(/\\/g, "/"));
  const manifestDir = import_node_path2.posix.dirname(ctx.input.path.replace(/\\/g, "/"));
  const fromRoot = import_node_path2.posix.normalize(import_node_path2.posix.join(manifestDir, relative3));
  if (fromRoot === ".." || fromRoot.startsWith("../")) {
    ctx.error(`body_file "${bodyFile}" points outside the repository`, where, path, "keep body files inside the repository, next to the manifest");
    return void 0;
  }
  let text;
  try {
    text = ctx.input.readFile(relative3);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    const at = error.at ? { file: fromRoot, line: error.at.line, column: error.at.column } : where;
    ctx.error(`body_file "${bodyFile}": ${error.why}`, at, path, error.hint);
    return void 0;
  }
  if (text === void 0) {
    ctx.error(
      `body_file "${bodyFile}" not found (looked for ${fromRoot})`,
      where,
      path,
      `body_file is relative to the manifest's directory (${manifestDir === "." ? "the repository root" : `${manifestDir}/`})`
    );
    return void 0;
  }
  const resolved = resolveReferences(text, ctx.input.env);
  for (const secret of resolved.secrets) ctx.secrets.add(secret);
  for (const problem of resolved.problems) {
    const at = lineColumnOf(text, problem.offset);
    ctx.error(problem.message, { file: fromRoot, line: at.line, column: at.column }, path, problem.hint);
  }
  if (resolved.substitutions.length > 0) display.body = text;
  const body = { source: resolved.value, location: { file: fromRoot, line: 1, column: 1 }, file: bodyFile };
  rememberBodyOrigin(body, { kind: "file", rawText: text, substitutions: resolved.substitutions });
  return body;
}
function checkBody(ctx, base, action, display) {
  if (action.body !== void 0 && action.body_file !== void 0) {
    ctx.error(
      `action "${String(base[1])}" sets both body and body_file`,
      keyLocation(ctx.src, [...base, "body_file"]),
      [...base, "body_file"],
      "keep one: body for inline Jsonnet, body_file for a file next to the manifest"
    );
    return void 0;
  }
  let body;
  if (typeof action.body === "string" && !ctx.unresolved.has(pathId([...base, "body"]))) {
    body = inlineBody(ctx, base, action.body);
    const raw = ctx.referenceDisplay([...base, "body"]);
    if (raw !== void 0) display.body = raw;
  } else if (typeof action.body_file === "string" && action.body_file !== "" && !ctx.unresolved.has(pathId([...base, "body_file"]))) {
    body = fileBody(ctx, base, action.body_file, display);
  }
  if (body && ctx.input.checkBody) ctx.diagnostics.push(...ctx.input.checkBody(body));
  return body;
}
function checkAuth(ctx, base, action, display) {
  const authPath = [...base, "auth"];
  const auth = action.auth;
  if (!isPlainObject2(auth)) return void 0;
  const name = String(base[1]);
  for (const field of SENSITIVE_AUTH_FIELDS) {
    const value2 = auth[field];
    if (typeof value2 === "string" && value2 !== "" && !ctx.unresolved.has(pathId([...authPath, field]))) ctx.secrets.add(value2);
  }
  const requireKeys = (type, keys, foreign) => {
    let ok = true;
    for (const key of keys) {
      if (auth[key] === void 0) {
        ctx.error(`auth of action "${name}" is missing "${key}" (required for ${type})`, keyLocation(ctx.src, authPath), [...authPath, key], `add ${key}: under auth`);
        ok = false;
      }
    }
    for (const key of foreign) {
      if (auth[key] !== void 0) {
        ctx.error(
          `"${key}" is not used by ${type} auth`,
          keyLocation(ctx.src, [...authPath, key]),
          [...authPath, key],
          type === "api_key" ? "api_key takes name, value and in; use type: basic_auth for user and password" : "basic_auth takes user and password; use type: api_key for name, value and in"
        );
        ok = false;
      }
    }
    return ok;
  };
  const secretField = (field) => {
    const path = [...authPath, field];
    const raw = ctx.referenceDisplay(path);
    if (raw !== void 0) {
      display[`auth.${field}`] = raw;
      return;
    }
    display[`auth.${field}`] = "(sensitive)";
    ctx.warning(
      `auth.${field} of action "${name}" is written literally: a secret in the repository`,
      valueLocation(ctx.src, path),
      path,
      `write \${{ env.NAME }} and pass the secret in the step's env`
    );
  };
  const plainField = (field) => {
    const raw = ctx.referenceDisplay([...authPath, field]);
    if (raw !== void 0) display[`auth.${field}`] = raw;
  };
  if (auth.type === "api_key") {
    if (!requireKeys("api_key", ["name", "value"], ["user", "password"])) return void 0;
    if (typeof auth.name !== "string" || typeof auth.value !== "string") return void 0;
    plainField("name");
    secretField("value");
    const where = auth.in === "cookie" ? "cookie" : "header";
    return { type: "api_key", name: auth.name, value: auth.value, in: where };
  }
  if (auth.type === "basic_auth") {
    if (!requireKeys("basic_auth", ["user", "password"], ["name", "value", "in"])) return void 0;
    if (typeof auth.user !== "string" || typeof auth.password !== "string") return void 0;
    plainField("user");
    secretField("password");
    return { type: "basic_auth", user: auth.user, password: auth.password };
  }
  return void 0;
}
function sampleContextOf(ctx, path, sample) {
  const names = /* @__PURE__ */ new Set();
  const walk = (value2, at) => {
    if (typeof value2 === "string") {
      const ref = ctx.references.get(pathId(at));
      if (!ref || ref.resolved.substitutions.length === 0) return value2;
      for (const s of ref.resolved.substitutions) names.add(s.name);
      return ref.raw;
    }
    if (Array.isArray(value2)) return value2.map((item, index) => walk(item, [...at, index]));
    if (isPlainObject2(value2)) {
      const out = Object.getPrototypeOf(value2) === null ? /* @__PURE__ */ Object.create(null) : {};
      for (const [key, item] of Object.entries(value2)) out[key] = walk(item, [...at, key]);
      return out;
    }
    return value2;
  };
  const sampleCtx = walk(sample, [...path]);
  return { sampleCtx, ...names.size > 0 ? { sampleCtxReferences: [...names].sort() } : {} };
}
function buildAction(ctx, name, action, defaults2) {
  const base = ["actions", name];
  const display = {};
  const flow = enumValue(action.flow, FLOWS);
  const timing = enumValue(action.timing, TIMINGS);
  const authMethod = checkAuthMethod(ctx, base, action, flow, timing);
  const url2 = checkUrl(ctx, base, action);
  checkFlags(ctx, base, action);
  const body = checkBody(ctx, base, action, display);
  const auth = checkAuth(ctx, base, action, display);
  let projectId;
  if (typeof action.project_id === "string" && action.project_id !== "") {
    projectId = action.project_id;
    const raw = ctx.referenceDisplay([...base, "project_id"]);
    if (raw !== void 0) display.project_id = raw;
  } else if (action.project_id === void 0) {
    projectId = defaults2.id;
    if (defaults2.display !== void 0) display.project_id = defaults2.display;
    if (projectId === void 0) {
      ctx.error(
        `action "${name}" has no project`,
        keyLocation(ctx.src, base),
        [...base, "project_id"],
        "set project_id at the top of the manifest (or in the action), or pass the project-id input"
      );
    }
  }
  const rawUrl = ctx.referenceDisplay([...base, "url"]);
  if (rawUrl !== void 0) display.url = rawUrl;
  if (ctx.hasErrorsUnder(base) || !flow || !timing || url2 === void 0 || projectId === void 0) return void 0;
  const method = enumValue(action.method, HTTP_METHODS) ?? "POST";
  return {
    name,
    projectId,
    flow,
    timing,
    ...authMethod !== void 0 ? { authMethod } : {},
    list: hookListFor(flow, timing, authMethod),
    url: url2,
    method,
    ...body ? { body } : {},
    canInterrupt: action.can_interrupt === true,
    responseIgnore: action.response_ignore === true,
    responseParse: action.response_parse === true,
    ...auth ? { auth } : {},
    ...isPlainObject2(action.sample_ctx) ? sampleContextOf(ctx, [...base, "sample_ctx"], action.sample_ctx) : {},
    display,
    location: keyLocation(ctx.src, base)
  };
}
function checkSameHooks(ctx, actions) {
  const seen = /* @__PURE__ */ new Map();
  for (const action of actions) {
    const identity2 = webhookIdentity(action.projectId, action.list, action.url, action.method);
    const first = seen.get(identity2);
    if (!first) {
      seen.set(identity2, action);
      continue;
    }
    const urlText = action.display.url ?? action.url;
    ctx.error(
      `actions "${first.name}" and "${action.name}" would be the same hook: same project, list ${hookListKey(action.list)}, method ${action.method} and url ${urlText}`,
      action.location,
      ["actions", action.name],
      "change the url or method of one of them, or remove one"
    );
  }
}
function scrubSecrets(diagnostics, secrets) {
  const maskable = secrets.filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  if (maskable.length === 0) return [...diagnostics];
  const scrub = (text) => maskable.reduce((out, secret) => out.split(secret).join("(sensitive)"), text);
  return diagnostics.map((d) => ({ ...d, message: scrub(d.message), ...d.hint !== void 0 ? { hint: scrub(d.hint) } : {} }));
}
function byLocation(a, b) {
  if (!a.location || !b.location) return (a.location ? 1 : 0) - (b.location ? 1 : 0);
  if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
  return a.location.line - b.location.line || a.location.column - b.location.column;
}
function finish(ctx, manifest, actionNames = []) {
  const secrets = [...ctx.secrets];
  const diagnostics = scrubSecrets(ctx.diagnostics, secrets).sort(byLocation);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (ctx.input.keepValidActions && manifest) {
    const firstErrorOf = (name) => errors.find((d) => d.key === `actions.${name}` || d.key?.startsWith(`actions.${name}.`));
    const dropped = actionNames.flatMap((name) => {
      const error = firstErrorOf(name);
      return error || !manifest.actions.some((a) => a.name === name) ? [{ name, problem: error?.message ?? "it could not be read" }] : [];
    });
    const kept = manifest.actions.filter((a) => !dropped.some((d) => d.name === a.name));
    return { manifest: { ...manifest, actions: kept }, diagnostics, dropped };
  }
  return errors.length > 0 || !manifest ? { diagnostics } : { manifest, diagnostics };
}
function loadManifest(input) {
  const src = parseYaml(input.path, input.text);
  const ctx = new LoadContext(input, src);
  if (!reportYamlProblems(ctx)) return finish(ctx);
  let data;
  try {
    data = src.doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    ctx.error(`YAML: ${e.message}`, { file: input.path, line: 1, column: 1 }, void 0, "check the anchors, aliases and merge keys (<<)");
    return finish(ctx);
  }
  if (data === null || data === void 0) {
    ctx.error("the manifest is empty", { file: input.path, line: 1, column: 1 }, void 0, "start with `actions:` and one mapping per action");
    return finish(ctx);
  }
  if (!isPlainObject2(data)) {
    ctx.error("the manifest must be a mapping (key: value lines) at the top level", valueLocation(src, []), void 0, "start with `actions:`");
    return finish(ctx);
  }
  const resolved = resolveTree(ctx, data, []);
  ctx.diagnostics.push(...validateStructure(resolved, { src, isSensitive: (path) => ctx.isSensitive(path) }));
  const override = input.projectIdOverride?.trim() ? input.projectIdOverride.trim() : void 0;
  const manifestProject = typeof resolved.project_id === "string" && resolved.project_id !== "" ? resolved.project_id : void 0;
  const manifestProjectDisplay = ctx.referenceDisplay(["project_id"]);
  let defaults2 = {};
  if (override !== void 0) defaults2 = { id: override };
  else if (ctx.unresolved.has(pathId(["project_id"]))) defaults2 = {};
  else if (manifestProject !== void 0) defaults2 = { id: manifestProject, ...manifestProjectDisplay !== void 0 ? { display: manifestProjectDisplay } : {} };
  const actions = [];
  if (isPlainObject2(resolved.actions)) {
    for (const [name, action] of Object.entries(resolved.actions)) {
      if (!ACTION_NAME_PATTERN.test(name)) {
        const suggestion = name.toLowerCase().replace(/[^a-z0-9_-]+/g, "_").replace(/^[_-]+/, "").slice(0, 63);
        ctx.error(
          `invalid action name "${name}": use lowercase letters, digits, "_" and "-", starting with a letter or digit, at most 63 characters`,
          keyLocation(src, ["actions", name]),
          ["actions", name],
          ACTION_NAME_PATTERN.test(suggestion) ? `e.g. "${suggestion}"` : 'e.g. "welcome_email"'
        );
      }
      if (!isPlainObject2(action)) continue;
      const built = buildAction(ctx, name, action, defaults2);
      if (built) actions.push(built);
    }
  }
  checkSameHooks(ctx, actions);
  const manifest = {
    path: input.path,
    ...defaults2.id !== void 0 ? { defaultProjectId: defaults2.id } : {},
    ...defaults2.display !== void 0 ? { defaultProjectDisplay: defaults2.display } : {},
    prune: resolved.prune === true,
    actions,
    secrets: [...ctx.secrets]
  };
  return finish(ctx, manifest, isPlainObject2(resolved.actions) ? Object.keys(resolved.actions) : []);
}

// src/manifest/write.ts
var import_yaml3 = __toESM(require_dist2(), 1);
var ACTION_KEY_ORDER = [
  "flow",
  "timing",
  "auth_method",
  "url",
  "method",
  "body",
  "body_file",
  "can_interrupt",
  "response_ignore",
  "response_parse",
  "project_id",
  "auth",
  "sample_ctx"
];
var AUTH_KEY_ORDER = ["type", "name", "value", "in", "user", "password"];
var ACTION_DEFAULTS = { method: "POST", can_interrupt: false, response_ignore: false, response_parse: false };
function ordered(object, order, defaults2 = {}) {
  const out = {};
  const keys = [...order.filter((k) => k in object), ...Object.keys(object).filter((k) => !order.includes(k)).sort()];
  for (const key of keys) {
    const value2 = object[key];
    if (value2 === void 0 || value2 === null) continue;
    if (key in defaults2 && defaults2[key] === value2) continue;
    out[key] = value2;
  }
  return out;
}
function writeAction(action) {
  const out = ordered(action, ACTION_KEY_ORDER, ACTION_DEFAULTS);
  const auth = out.auth;
  if (auth && typeof auth === "object" && !Array.isArray(auth)) {
    out.auth = ordered(auth, AUTH_KEY_ORDER, auth.type === "api_key" ? { in: "header" } : {});
  }
  return out;
}
function manifestToYaml(manifest) {
  const root = {};
  if (manifest.project_id !== void 0) root.project_id = manifest.project_id;
  if (manifest.prune === true) root.prune = true;
  const actions = {};
  for (const [name, action] of Object.entries(manifest.actions)) actions[name] = writeAction(action);
  root.actions = actions;
  const doc = new import_yaml3.Document(root);
  const actionsNode = doc.get("actions", true);
  if ((0, import_yaml3.isMap)(actionsNode)) {
    for (const pair of actionsNode.items) {
      if (!(0, import_yaml3.isPair)(pair) || !(0, import_yaml3.isMap)(pair.value)) continue;
      const body = pair.value.get("body", true);
      if ((0, import_yaml3.isScalar)(body) && typeof body.value === "string" && body.value.includes("\n")) body.type = import_yaml3.Scalar.BLOCK_LITERAL;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

// src/commands/load-manifest.ts
function resolveBesideManifest(manifestPath, relative3) {
  return import_node_path3.posix.normalize(import_node_path3.posix.join(import_node_path3.posix.dirname(manifestPath), relative3));
}
function loadManifestFile(options) {
  let text;
  try {
    text = options.files.read(options.path);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    const location = error.at ? { location: { file: options.path, ...error.at } } : {};
    throw new ManifestError([{ severity: "error", message: `The manifest ${error.why}.`, hint: error.hint, ...location }]);
  }
  if (text === void 0) {
    throw new ManifestError([
      {
        severity: "error",
        message: `The manifest ${options.path} does not exist.`,
        hint: "Create it (see examples/ory-actions.yaml) or set the `manifest` input to its path."
      }
    ]);
  }
  const input = {
    path: options.path,
    text,
    readFile: (relative3) => options.files.read(resolveBesideManifest(options.path, relative3)),
    env: options.env,
    ...options.projectIdOverride ? { projectIdOverride: options.projectIdOverride } : {},
    ...options.checkBody ? { checkBody: options.checkBody } : {}
  };
  const loaded = loadManifest(input);
  const manifest = loaded.manifest;
  const diagnostics = withExcerpts(loaded.diagnostics, (file) => file === options.path ? text : readQuietly(options.files, file));
  if (!manifest || diagnostics.some((d) => d.severity === "error")) throw new ManifestError(diagnostics);
  return { manifest, warnings: diagnostics.filter((d) => d.severity === "warning"), text };
}
function readQuietly(files, path) {
  try {
    return files.read(path);
  } catch {
    return void 0;
  }
}
var SECRET_KEY_LINE = /^\s*-?\s*["']?(value|password)["']?\s*:/;
function withExcerpts(diagnostics, read) {
  const texts = /* @__PURE__ */ new Map();
  return diagnostics.map((d) => {
    if (!d.location || d.excerpt !== void 0) return d;
    if (!texts.has(d.location.file)) texts.set(d.location.file, read(d.location.file));
    const source = texts.get(d.location.file);
    const excerpt = source === void 0 ? void 0 : lineOf(source, d.location.line);
    if (excerpt === void 0 || excerpt.trim() === "" || SECRET_KEY_LINE.test(excerpt)) return d;
    return { ...d, excerpt };
  });
}
function loadPreviousManifest(path, text, env, projectIdOverride) {
  const { manifest, diagnostics, dropped } = loadManifest({
    path: `${path} (previous commit)`,
    text,
    readFile: () => "{}",
    env,
    keepValidActions: true,
    ...projectIdOverride ? { projectIdOverride } : {}
  });
  if (manifest) return { manifest, dropped: dropped ?? [] };
  const first = diagnostics.find((d) => d.severity === "error");
  return { problem: first ? first.message : "it could not be loaded", dropped: [] };
}

// src/planner/compare.ts
var SENSITIVE = { display: "(sensitive)", sensitive: true };
var NONE = { display: "(none)", sensitive: false };
function plain(value2) {
  return { display: String(value2), sensitive: false };
}
function desiredValue(action, field, value2) {
  const display = action.display[field];
  return display === void 0 ? plain(value2) : { display, sensitive: true };
}
function liveValue(value2, secrets) {
  return containsKnownSecret(value2, secrets) ? { display: maskKnownSecrets(value2, secrets), sensitive: true } : plain(value2);
}
function liveUrlValue(url2, secrets) {
  const redacted = redactLiveUrl(url2);
  return redacted === url2 && !containsKnownSecret(url2, secrets) ? plain(url2) : { display: maskKnownSecrets(redacted, secrets), sensitive: true };
}
function bodySummary(source) {
  if (source === void 0) return "(none)";
  const lines = source.replace(/\r?\n$/, "").split("\n").length;
  return `jsonnet, ${lines} line${lines === 1 ? "" : "s"}`;
}
function liveBodyValue(body) {
  switch (body.kind) {
    case "none":
      return NONE;
    case "inline":
      return plain(bodySummary(body.source));
    case "stored":
      return plain("(stored by Ory)");
    case "opaque":
      return plain("(unreadable)");
  }
}
function compareBody(desired, live) {
  if (desired === void 0) return live.kind === "none" ? "same" : "different";
  switch (live.kind) {
    case "none":
      return "different";
    case "inline":
      return live.source === desired ? "same" : "different";
    case "stored":
      if (live.sha512 === void 0) return "unverifiable";
      return live.sha512 === sha512Hex(desired) ? "same" : "different";
    case "opaque":
      return "unverifiable";
  }
}
function compareSecret(desired, live) {
  if (!live.known) return "unknown";
  return live.value === desired ? "same" : "different";
}
function compareWebhook(action, live, secrets, previous, liveSensitive = /* @__PURE__ */ new Set()) {
  const changes = [];
  const writes = /* @__PURE__ */ new Set();
  const warnings = [];
  const bodySource = action.body?.source;
  let bodyVerdict = compareBody(bodySource, live.body);
  const previousBodyKnown = previous !== void 0 && previous.body?.file === void 0;
  if (bodyVerdict === "unverifiable" && previousBodyKnown && previous.body?.source !== bodySource) bodyVerdict = "different";
  let bodyBefore;
  if (bodyVerdict === "different") {
    writes.add("body");
    const liveSecret = liveSensitive.has("body");
    changes.push({
      field: "body",
      before: liveSecret && live.body.kind !== "none" ? SENSITIVE : liveBodyValue(live.body),
      after: action.body ? desiredValue(action, "body", bodySummary(bodySource)) : NONE
    });
    if (live.body.kind === "inline" && !liveSecret) bodyBefore = maskKnownSecrets(live.body.source, secrets);
  } else if (bodyVerdict === "unverifiable") {
    warnings.push({
      kind: "body-unverifiable",
      action: action.name,
      location: action.location,
      message: `The body of "${action.name}" is stored by Ory at a URL that does not name its content; it cannot be compared and is left as it is.`
    });
  }
  const flags = [
    ["can_interrupt", action.canInterrupt, live.canInterrupt],
    ["response_ignore", action.responseIgnore, live.responseIgnore],
    ["response_parse", action.responseParse, live.responseParse]
  ];
  for (const [field, desired, current] of flags) {
    if (desired !== current) {
      writes.add(field);
      changes.push({ field, before: plain(current), after: plain(desired) });
    }
  }
  const authChanges = compareAuth(action, live, secrets, warnings, liveSensitive);
  if (authChanges.length > 0) {
    writes.add("auth");
    changes.push(...authChanges);
  }
  return { changes, writes: [...writes], warnings, ...bodyBefore !== void 0 ? { bodyBefore } : {} };
}
function compareAuth(action, live, secrets, warnings, liveSensitive) {
  const liveField = (field, value2) => liveSensitive.has(field) ? SENSITIVE : liveValue(value2, secrets);
  const desired = action.auth;
  const current = live.auth;
  if (!desired && !current) return [];
  if (!desired) return [{ field: "auth.type", before: plain(current.type), after: NONE }];
  if (!current || current.type !== desired.type) {
    const before = current ? plain(current.type) : NONE;
    const changes2 = [{ field: "auth.type", before, after: plain(desired.type) }];
    if (desired.type === "api_key") {
      changes2.push(
        { field: "auth.name", after: desiredValue(action, "auth.name", desired.name) },
        { field: "auth.in", after: plain(desired.in) },
        { field: "auth.value", after: desiredValue(action, "auth.value", desired.value) }
      );
    } else {
      changes2.push(
        { field: "auth.user", after: desiredValue(action, "auth.user", desired.user) },
        { field: "auth.password", after: desiredValue(action, "auth.password", desired.password) }
      );
    }
    return changes2;
  }
  const changes = [];
  const uncomparable = (field) => warnings.push({
    kind: "secret-uncomparable",
    action: action.name,
    location: action.location,
    message: `Ory does not return ${field} of "${action.name}" in clear, so a change to it cannot be seen; it is written again only when another field of this webhook changes.`
  });
  if (desired.type === "api_key" && current.type === "api_key") {
    if (desired.name !== current.name) {
      changes.push({ field: "auth.name", before: liveField("auth.name", current.name), after: desiredValue(action, "auth.name", desired.name) });
    }
    if (desired.in !== current.in) changes.push({ field: "auth.in", before: plain(current.in), after: plain(desired.in) });
    const verdict = compareSecret(desired.value, current.value);
    if (verdict === "different") changes.push({ field: "auth.value", before: SENSITIVE, after: desiredValue(action, "auth.value", desired.value) });
    if (verdict === "unknown") uncomparable("the api_key value");
  } else if (desired.type === "basic_auth" && current.type === "basic_auth") {
    if (desired.user !== current.user) {
      changes.push({ field: "auth.user", before: liveField("auth.user", current.user), after: desiredValue(action, "auth.user", desired.user) });
    }
    const verdict = compareSecret(desired.password, current.password);
    if (verdict === "different") {
      changes.push({ field: "auth.password", before: SENSITIVE, after: desiredValue(action, "auth.password", desired.password) });
    }
    if (verdict === "unknown") uncomparable("the basic_auth password");
  }
  return changes;
}

// src/planner/fingerprint.ts
var import_node_crypto3 = __toESM(require_node_crypto(), 1);
function sha256(text) {
  return (0, import_node_crypto3.createHash)("sha256").update(text, "utf8").digest("hex");
}
function fingerprintOf(entries) {
  const sorted = [...entries].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return "sha256:" + sha256(canonicalJson(sorted.map((e) => [e.key, e.content])));
}
function changeDigests(entries) {
  const digests = {};
  for (const entry of [...entries].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) {
    digests[entry.key] = sha256(canonicalJson(entry.content)).slice(0, 16);
  }
  return digests;
}

// src/planner/plan.ts
function projectIdsOf(actions) {
  return [...new Set(actions.map((a) => a.projectId))];
}
function identityOf(projectId, hook) {
  return webhookIdentity(projectId, hook.list, hook.url, hook.method);
}
function plan(input) {
  const { manifest, digest: digest2 } = input;
  const secrets = [...manifest.secrets, ...input.maskValues ?? []];
  const projectPlans = [];
  const work = [];
  const entries = [];
  const secretOf = (value2, raw) => value2.sensitive ? digest2(raw) : raw;
  for (const live of input.live) {
    const projectId = live.id;
    const actions = manifest.actions.filter((a) => a.projectId === projectId);
    const previous = (input.previousActions ?? []).filter((a) => a.projectId === projectId);
    const previousByName = new Map(previous.map((p) => [p.name, p]));
    const previouslySensitive = previousSensitivity(projectId, previous);
    const shownId = shownProjectId(projectId, [...actions, ...previous], manifest);
    const follows = /* @__PURE__ */ new Map();
    const lastInList = /* @__PURE__ */ new Map();
    for (const action of actions) {
      const key = hookListKey(action.list);
      follows.set(action.name, lastInList.get(key) ?? null);
      lastInList.set(key, action.name);
    }
    const headByName = new Map(actions.map((a) => [a.name, a]));
    const liveByIdentity = /* @__PURE__ */ new Map();
    for (const list of live.lists) {
      for (const hook of list.webhooks) {
        const key = identityOf(projectId, hook);
        liveByIdentity.set(key, [...liveByIdentity.get(key) ?? [], hook]);
      }
    }
    const owned = /* @__PURE__ */ new Set();
    const creates = [];
    const updates = [];
    const deletes = [];
    const unchanged = [];
    const warnings = [];
    const workCreates = [];
    const workUpdates = [];
    const workDeletes = [];
    const headIdentities = /* @__PURE__ */ new Set();
    const matched = /* @__PURE__ */ new Map();
    const planDelete = (hook, reason, owner) => {
      owned.add(hook);
      workDeletes.push(hook);
      const url2 = owner && owner.url === hook.url ? desiredValue(owner, "url", hook.url) : liveUrlValue(hook.url, secrets);
      const listKey = hookListKey(hook.list);
      const location = owner ? headByName.get(owner.name)?.location : void 0;
      const item = {
        ...owner ? { action: owner.name } : {},
        ...location ? { location } : {},
        list: hook.list,
        listKey,
        url: url2,
        method: hook.method,
        reason,
        fields: liveFields(hook, url2)
      };
      deletes.push(item);
      const label = owner ? `"${owner.name}"` : `${hook.method} ${url2.display}`;
      const ordinal = deletes.filter((d) => d.listKey === listKey && d.method === hook.method && d.url.display === url2.display).length;
      entries.push({
        key: `${shownId} delete ${owner?.name ?? `${listKey} ${hook.method} ${url2.sensitive ? digest2(hook.url) : hook.url}`}${ordinal > 1 ? ` #${ordinal}` : ""}`,
        content: { list: listKey, method: hook.method, url: secretOf(url2, hook.url), reason }
      });
      warnings.push({ kind: "delete", ...owner ? { action: owner.name } : {}, ...location ? { location } : {}, message: deleteMessage(label, listKey, reason) });
    };
    for (const action of actions) {
      const identity2 = identityOf(projectId, action);
      headIdentities.add(identity2);
      const matches = liveByIdentity.get(identity2) ?? [];
      const listKey = hookListKey(action.list);
      const url2 = desiredValue(action, "url", action.url);
      const preview = action.display.body === void 0 ? input.previews?.get(action.name) : void 0;
      if (matches.length === 0) {
        const fields2 = desiredFields(action);
        creates.push({
          action: action.name,
          location: action.location,
          list: action.list,
          listKey,
          url: url2,
          method: action.method,
          fields: fields2,
          ...action.body && action.display.body === void 0 ? { body: action.body.source } : {},
          ...action.body?.file !== void 0 ? { bodyFile: action.body.location.file } : {},
          ...preview ? { preview } : {}
        });
        workCreates.push(action);
        warnings.push(...riskWarnings(action));
        entries.push({ key: `${shownId} create ${action.name}`, content: createContent(action, digest2, follows.get(action.name) ?? null) });
        continue;
      }
      const [first, ...duplicates] = matches;
      owned.add(first);
      matched.set(action.name, first);
      const prior = previousByName.get(action.name);
      const before = prior && identityOf(projectId, prior) === identity2 ? prior : void 0;
      const comparison = compareWebhook(action, first, secrets, before, previouslySensitive.get(identity2));
      warnings.push(...comparison.warnings);
      if (comparison.writes.length > 0) {
        updates.push({
          action: action.name,
          location: action.location,
          list: action.list,
          listKey,
          url: url2,
          method: action.method,
          changes: comparison.changes,
          ...comparison.bodyBefore !== void 0 ? { bodyBefore: comparison.bodyBefore } : {},
          ...comparison.writes.includes("body") && action.body && action.display.body === void 0 ? { bodyAfter: action.body.source } : {},
          ...comparison.writes.includes("body") && action.body?.file !== void 0 ? { bodyFile: action.body.location.file } : {},
          ...preview ? { preview } : {}
        });
        workUpdates.push({ action, live: first, writes: comparison.writes });
        warnings.push(...riskWarnings(action));
        entries.push({ key: `${shownId} update ${action.name}`, content: updateContent(action, comparison.writes, digest2) });
      } else {
        unchanged.push(action.name);
      }
      for (const duplicate of duplicates) {
        warnings.push({
          kind: "duplicate-live-hook",
          action: action.name,
          location: action.location,
          message: `Ory holds ${matches.length} copies of "${action.name}" in ${listKey}; the extra ones are deleted.`
        });
        planDelete(duplicate, "duplicate", action);
      }
    }
    for (const prior of previous) {
      const identity2 = identityOf(projectId, prior);
      if (headIdentities.has(identity2)) continue;
      const reason = headByName.has(prior.name) ? "identity-changed" : "removed-from-manifest";
      for (const hook of liveByIdentity.get(identity2) ?? []) if (!owned.has(hook)) planDelete(hook, reason, prior);
    }
    if (manifest.prune) {
      for (const list of live.lists) for (const hook of list.webhooks) if (!owned.has(hook)) planDelete(hook, "prune");
    }
    const unmanaged = [];
    for (const list of live.lists) {
      for (const hook of list.webhooks) {
        if (owned.has(hook)) continue;
        unmanaged.push({ list: hook.list, listKey: hookListKey(hook.list), url: liveUrlValue(hook.url, secrets), method: hook.method });
      }
    }
    for (const warning of input.actionWarnings ?? []) {
      if (warning.action && actions.some((a) => a.name === warning.action)) warnings.push(warning);
    }
    if (shownId !== projectId && creates.length + updates.length + deletes.length > 0) {
      entries.push({ key: `${shownId} project`, content: digest2(projectId) });
    }
    projectPlans.push({
      projectId: shownId,
      ...live.name ? { projectName: live.name } : {},
      revisionId: live.revisionId,
      creates,
      updates,
      deletes,
      unchanged,
      unmanaged,
      warnings
    });
    work.push({ projectId, shownId, live, actions, creates: workCreates, updates: workUpdates, deletes: workDeletes, matched });
  }
  const summary = {
    create: projectPlans.reduce((n, p) => n + p.creates.length, 0),
    update: projectPlans.reduce((n, p) => n + p.updates.length, 0),
    delete: projectPlans.reduce((n, p) => n + p.deletes.length, 0)
  };
  return {
    plan: {
      formatVersion: 1,
      manifest: manifest.path,
      fingerprint: fingerprintOf(entries),
      summary,
      projects: projectPlans,
      changeDigests: changeDigests(entries)
    },
    work
  };
}
function shownProjectId(projectId, actions, manifest) {
  for (const action of actions) if (action.display.project_id !== void 0) return action.display.project_id;
  if (manifest.defaultProjectId === projectId && manifest.defaultProjectDisplay !== void 0) return manifest.defaultProjectDisplay;
  return projectId;
}
function previousSensitivity(projectId, previous) {
  const byIdentity = /* @__PURE__ */ new Map();
  for (const prior of previous) {
    const fields2 = Object.keys(prior.display);
    if (fields2.length === 0) continue;
    const identity2 = identityOf(projectId, prior);
    const set = byIdentity.get(identity2) ?? /* @__PURE__ */ new Set();
    for (const field of fields2) set.add(field);
    byIdentity.set(identity2, set);
  }
  return byIdentity;
}
function deleteMessage(label, listKey, reason) {
  switch (reason) {
    case "removed-from-manifest":
      return `Deletes ${label} from ${listKey}: it was removed from the manifest.`;
    case "identity-changed":
      return `Deletes the old hook of ${label} from ${listKey}: its url, method or list changed, so it is created anew.`;
    case "prune":
      return `Deletes ${label} from ${listKey}: prune is on and no action declares it.`;
    case "duplicate":
      return `Deletes an extra copy of ${label} from ${listKey}.`;
  }
}
function riskWarnings(action) {
  const warnings = [];
  if (action.canInterrupt) {
    warnings.push({
      kind: "can-interrupt",
      action: action.name,
      location: action.location,
      message: `"${action.name}" can interrupt the ${action.flow} flow: if its endpoint fails or refuses, users cannot ${verbOf(action.flow)}.`
    });
  }
  if (action.responseParse) {
    warnings.push({
      kind: "response-parse",
      action: action.name,
      location: action.location,
      message: `"${action.name}" parses its response: the endpoint can change the identity or block the ${action.flow} flow.`
    });
  }
  if (/^http:\/\//i.test(action.url)) {
    warnings.push({
      kind: "plain-http",
      action: action.name,
      location: action.location,
      message: `"${action.name}" calls a plain http:// URL: identity data travels unencrypted.`
    });
  }
  return warnings;
}
function verbOf(flow) {
  return { login: "log in", registration: "sign up", recovery: "recover their account", settings: "change settings", verification: "verify" }[flow] ?? "continue";
}
function desiredFields(action) {
  const fields2 = {
    url: desiredValue(action, "url", action.url),
    method: plain(action.method),
    body: action.body ? desiredValue(action, "body", bodySummary(action.body.source)) : plain("(none)"),
    can_interrupt: plain(action.canInterrupt),
    response_ignore: plain(action.responseIgnore),
    response_parse: plain(action.responseParse)
  };
  if (action.auth?.type === "api_key") {
    fields2["auth.type"] = plain("api_key");
    fields2["auth.name"] = desiredValue(action, "auth.name", action.auth.name);
    fields2["auth.in"] = plain(action.auth.in);
    fields2["auth.value"] = desiredValue(action, "auth.value", action.auth.value);
  } else if (action.auth?.type === "basic_auth") {
    fields2["auth.type"] = plain("basic_auth");
    fields2["auth.user"] = desiredValue(action, "auth.user", action.auth.user);
    fields2["auth.password"] = desiredValue(action, "auth.password", action.auth.password);
  }
  return fields2;
}
function liveFields(hook, url2) {
  const fields2 = {
    url: url2,
    method: plain(hook.method),
    body: plain(hook.body.kind === "inline" ? bodySummary(hook.body.source) : hook.body.kind === "none" ? "(none)" : "(stored by Ory)"),
    can_interrupt: plain(hook.canInterrupt),
    response_ignore: plain(hook.responseIgnore),
    response_parse: plain(hook.responseParse)
  };
  if (hook.auth) {
    fields2["auth.type"] = plain(hook.auth.type);
    fields2[hook.auth.type === "api_key" ? "auth.value" : "auth.password"] = SENSITIVE;
  }
  return fields2;
}
function sensitiveOrPlain(action, field, value2, digest2) {
  return action.display[field] === void 0 ? value2 : digest2(value2);
}
function authContent(action, digest2) {
  const auth = action.auth;
  if (!auth) return null;
  return auth.type === "api_key" ? { type: auth.type, name: sensitiveOrPlain(action, "auth.name", auth.name, digest2), in: auth.in, value: digest2(auth.value) } : { type: auth.type, user: sensitiveOrPlain(action, "auth.user", auth.user, digest2), password: digest2(auth.password) };
}
function bodyContent(action, digest2) {
  if (!action.body) return null;
  return sensitiveOrPlain(action, "body", action.body.source, digest2);
}
function createContent(action, digest2, after) {
  return {
    list: hookListKey(action.list),
    after,
    url: sensitiveOrPlain(action, "url", action.url, digest2),
    method: action.method,
    body: bodyContent(action, digest2),
    can_interrupt: action.canInterrupt,
    response_ignore: action.responseIgnore,
    response_parse: action.responseParse,
    auth: authContent(action, digest2)
  };
}
function updateContent(action, writes, digest2) {
  const set = {};
  for (const field of writes) {
    if (field === "body") set.body = bodyContent(action, digest2);
    if (field === "can_interrupt") set.can_interrupt = action.canInterrupt;
    if (field === "response_ignore") set.response_ignore = action.responseIgnore;
    if (field === "response_parse") set.response_parse = action.responseParse;
    if (field === "auth") set.auth = authContent(action, digest2);
  }
  return { list: hookListKey(action.list), url: sensitiveOrPlain(action, "url", action.url, digest2), method: action.method, set };
}

// src/commands/plan.ts
function planAgainst(input, live) {
  const bodies = input.previewBodies?.(input.manifest.actions, live, input.manifest.secrets);
  const result = plan({
    manifest: input.manifest,
    ...input.previousActions ? { previousActions: input.previousActions } : {},
    live,
    digest: secretDigester(input.salt),
    ...input.maskValues ? { maskValues: input.maskValues } : {},
    ...bodies ? { previews: bodies.previews, actionWarnings: bodies.warnings } : {}
  });
  const warnings = input.manifestWarnings?.filter((d) => d.severity === "warning") ?? [];
  return warnings.length > 0 ? { ...result, plan: { ...result.plan, manifestWarnings: warnings } } : result;
}
async function computePlan(input, previous) {
  const headIds = [
    .../* @__PURE__ */ new Set([...projectIdsOf(input.manifest.actions), ...input.manifest.defaultProjectId ? [input.manifest.defaultProjectId] : []])
  ];
  const headRead = readProjects(input.ory, headIds);
  const [headLive, previousActions] = await Promise.all([headRead, previous]);
  const previousOnly = projectIdsOf(previousActions ?? []).filter((id) => !headIds.includes(id));
  const live = [...headLive, ...await readProjects(input.ory, previousOnly)];
  const full = { ...input, ...previousActions ? { previousActions } : {} };
  const result = planAgainst(full, live);
  const replan = (project) => {
    const again = plan({
      manifest: input.manifest,
      ...previousActions ? { previousActions } : {},
      live: [project],
      digest: secretDigester(input.salt),
      ...input.maskValues ? { maskValues: input.maskValues } : {}
    });
    return { projectPlan: again.plan.projects[0], work: again.work[0], digests: projectDigests(again.plan, again.work[0].shownId) };
  };
  return { ...result, live, replan };
}

// src/model/plan.ts
function hasChanges(plan2) {
  return plan2.summary.create + plan2.summary.update + plan2.summary.delete > 0;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value2) => {
      value2 = this.postProcess(value2, options);
      if (callback) {
        setTimeout(function() {
          callback(value2);
        }, 0);
        return void 0;
      } else {
        return value2;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value2, options) {
    return value2;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value2, options) {
    return Array.from(value2);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value2 = newTokens.slice(newPos, newPos + component.count);
          value2 = value2.map(function(value3, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value3.length ? oldValue : value3;
          });
          component.value = this.join(value2);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value2, options) {
  if (options.stripTrailingCr) {
    value2 = value2.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value2.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/render/body-diff.ts
function bodyDiff(before, after) {
  if (before === after) return "";
  const patch = structuredPatch("live", "manifest", before, after, void 0, void 0, { context: 3 });
  if (patch.hunks.length === 0) return "";
  const lines = ["--- live", "+++ manifest"];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    lines.push(...hunk.lines);
  }
  return lines.join("\n");
}

// src/render/markdown-text.ts
function truncateText(text, max) {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, Math.max(0, max - 1)).join("") + "…";
}

// src/render/wording.ts
function summaryLine(summary) {
  return `Plan: ${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete.`;
}
var NO_CHANGES_SENTENCE = "No changes. The live webhooks already match the manifest.";
var CHANGE_SYMBOL = { create: "+", update: "~", delete: "-" };
var DELETE_REASON = {
  "removed-from-manifest": "removed from the manifest",
  "identity-changed": "replaced: its url, method or hook list changed",
  prune: "not in the manifest (prune)",
  duplicate: "duplicate of a managed webhook"
};
var FIELD_ORDER = [
  "url",
  "method",
  "body",
  "can_interrupt",
  "response_ignore",
  "response_parse",
  "auth.type",
  "auth.name",
  "auth.in",
  "auth.value",
  "auth.user",
  "auth.password"
];
function compareFields(a, b) {
  const ia = FIELD_ORDER.indexOf(a);
  const ib = FIELD_ORDER.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}
function orderedFields(fields2) {
  return Object.keys(fields2).sort(compareFields).map((key) => [key, fields2[key]]);
}

// src/render/warnings-markdown.ts
var WARNING_SEVERITY = {
  "body-evaluation": { rank: 10, alert: "CAUTION", many: "fail for the sample request, so their webhooks would fail too" },
  "can-interrupt": { rank: 20, alert: "WARNING", many: "can interrupt their flow (`can_interrupt: true`): if the endpoint fails or refuses, users cannot go on" },
  "response-parse": { rank: 21, alert: "WARNING", many: "parse their response (`response_parse: true`): the endpoint can change the identity or block the flow" },
  "duplicate-live-hook": { rank: 30, alert: "WARNING", many: "have extra copies in Ory, which are deleted" },
  "ory-warning": { rank: 31, alert: "WARNING", many: "drew a warning from Ory" },
  delete: { rank: 40, alert: "WARNING", many: "are deleted" },
  "plain-http": { rank: 50, alert: "WARNING", many: "call a plain `http://` URL: identity data travels unencrypted" },
  "body-unverifiable": { rank: 60, alert: "NOTE", many: "have a body Ory stores at a URL that does not name its content: it cannot be compared and is left as it is" },
  "secret-uncomparable": { rank: 61, alert: "NOTE", many: "have a secret Ory does not return in clear: a change to it cannot be seen" },
  manifest: { rank: 70, alert: "NOTE", many: "have manifest warnings" }
};

// src/render/plan-markdown.ts
var SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

// src/render/log-safety.ts
function logSafe(text) {
  return text.replace(/\r\n/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?").split("\n").map((line) => /^\s*::/.test(line) ? line.replace("::", "​::") : line).join("\n");
}

// src/render/text.ts
var FIELD_INDENT = "      ";
var BLOCK_INDENT = "        ";
function renderText(plan2) {
  const out = [`Ory Actions plan for ${plan2.manifest}`, ""];
  for (const project of plan2.projects) out.push(...projectText(project), "");
  const warnings = plan2.projects.flatMap(
    (project) => [...project.warnings].sort((a, b) => WARNING_SEVERITY[a.kind].rank - WARNING_SEVERITY[b.kind].rank).map((w) => {
      const where = plan2.projects.length > 1 ? ` [project ${project.projectName ?? project.projectId}]` : "";
      const named = w.action && !w.message.includes(`"${w.action}"`) ? `${w.action}: ` : "";
      const at = w.location ? ` (${w.location.file}:${w.location.line})` : "";
      return `  ! ${named}${oneLine(w.message, 1e3)}${at}${where}`;
    })
  );
  if (warnings.length > 0) out.push("Warnings:", ...warnings, "");
  const total = plan2.summary.create + plan2.summary.update + plan2.summary.delete;
  out.push(total === 0 ? `${summaryLine(plan2.summary)} ${NO_CHANGES_SENTENCE}` : summaryLine(plan2.summary));
  out.push(`Fingerprint: ${plan2.fingerprint}`);
  return logSafe(`${out.join("\n")}
`);
}
function projectText(project) {
  const name = project.projectName ? `${project.projectName} (${project.projectId})` : project.projectId;
  const lines = [`Project ${name}, revision ${project.revisionId}:`];
  const count = project.creates.length + project.updates.length + project.deletes.length;
  if (count === 0) lines.push("", "  No changes.");
  for (const create2 of project.creates) lines.push("", ...createText(create2));
  for (const update of project.updates) lines.push("", ...updateText(update));
  for (const del of project.deletes) lines.push("", ...deleteText(del));
  if (project.unchanged.length > 0) lines.push("", `  Unchanged: ${project.unchanged.join(", ")}`);
  if (project.unmanaged.length > 0) {
    lines.push("", "  Unmanaged webhooks (left untouched):");
    for (const hook of project.unmanaged) lines.push(`    ${hook.listKey} ${hook.method} ${value(hook.url)}`);
  }
  return lines;
}
function oneLine(text, max = 200) {
  return truncateText(text.replace(/\r?\n/g, "↵"), max);
}
function value(v, missing = "(not set)") {
  if (!v) return missing;
  return v.sensitive && v.display !== "(sensitive)" ? `${oneLine(v.display)} (sensitive)` : oneLine(v.display);
}
function padded(field, width) {
  return field.padEnd(width, " ");
}
function indentBlock(text) {
  return text.replace(/\n$/, "").split("\n").map((line) => `${BLOCK_INDENT}${line}`);
}
function createText(create2) {
  const lines = [`  ${CHANGE_SYMBOL.create} create ${create2.action} in ${create2.listKey}`];
  const fields2 = orderedFields(create2.fields);
  const width = Math.max(0, ...fields2.map(([f]) => f.length));
  for (const [field, v] of fields2) {
    if (field === "body" && create2.body !== void 0 && !v.sensitive) {
      lines.push(`${FIELD_INDENT}${padded(field, width)} =`, ...indentBlock(create2.body));
    } else {
      lines.push(`${FIELD_INDENT}${padded(field, width)} = ${value(v)}`);
    }
  }
  if (create2.body !== void 0 && !("body" in create2.fields)) {
    lines.push(`${FIELD_INDENT}${padded("body", width)} =`, ...indentBlock(create2.body));
  }
  lines.push(...previewText(create2.preview, create2.fields.body?.sensitive === true));
  return lines;
}
function isSensitiveChange(change) {
  return change.before?.sensitive === true || change.after?.sensitive === true;
}
function updateText(update) {
  const lines = [`  ${CHANGE_SYMBOL.update} update ${update.action} in ${update.listKey} (${update.method} ${value(update.url)})`];
  const width = Math.max(0, ...update.changes.map((c) => c.field.length));
  let bodySensitive = false;
  for (const change of update.changes) {
    const sensitive = isSensitiveChange(change);
    if (change.field === "body") {
      bodySensitive = sensitive;
      if (sensitive) {
        lines.push(`${FIELD_INDENT}${padded("body", width)}   (sensitive body changed)`);
        continue;
      }
      if (update.bodyBefore !== void 0 && update.bodyAfter !== void 0) {
        const diff = bodyDiff(update.bodyBefore, update.bodyAfter);
        if (diff) {
          lines.push(`${FIELD_INDENT}${padded("body", width)}   changed:`, ...indentBlock(diff));
          continue;
        }
      }
    }
    lines.push(`${FIELD_INDENT}${padded(change.field, width)}   ${value(change.before)} -> ${value(change.after, "(removed)")}`);
  }
  lines.push(...previewText(update.preview, bodySensitive));
  return lines;
}
function deleteText(del) {
  const name = del.action ? `${del.action} ` : "";
  return [`  ${CHANGE_SYMBOL.delete} delete ${name}in ${del.listKey} (${del.method} ${value(del.url)}): ${DELETE_REASON[del.reason] ?? del.reason}`];
}
function previewText(preview, bodySensitive) {
  if (!preview) return [];
  if (bodySensitive) return [`${FIELD_INDENT}preview: hidden (the body is sensitive)`];
  switch (preview.kind) {
    case "rendered":
      return [
        `${FIELD_INDENT}preview (request body for the sample${preview.placeholders?.length ? `; sample_ctx references ${preview.placeholders.join(", ")} stand as their reference text` : ""}):`,
        ...indentBlock(preview.json)
      ];
    case "cancelled":
      return [`${FIELD_INDENT}preview: call skipped for this sample (error "cancel")`];
    case "error":
      return [`${FIELD_INDENT}preview: the body fails to evaluate for the sample request:`, ...indentBlock(preview.message)];
  }
}

// src/render/json.ts
var KEY_ORDER = [
  "formatVersion",
  "manifest",
  "fingerprint",
  "summary",
  "projects",
  "projectId",
  "projectName",
  "revisionId",
  "create",
  "update",
  "delete",
  "unchanged",
  "unmanaged",
  "warnings",
  "kind",
  "action",
  "listKey",
  "list",
  "flow",
  "timing",
  "url",
  "method",
  "reason",
  "field",
  "display",
  "sensitive",
  "before",
  "after",
  "fields",
  "changes",
  "body",
  "bodyBefore",
  "bodyAfter",
  "preview",
  "json",
  "message",
  "changeDigests",
  "manifestWarnings"
];
var RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));
function compareKeys(a, b) {
  const ra = RANK.get(a) ?? Infinity;
  const rb = RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}
function ordered2(value2, sortedKeys) {
  if (Array.isArray(value2)) return value2.map((item) => ordered2(item, sortedKeys));
  if (value2 === null || typeof value2 !== "object") return value2;
  const keys = sortedKeys(Object.keys(value2));
  const out = keys.includes("__proto__") ? /* @__PURE__ */ Object.create(null) : {};
  for (const key of keys) {
    const inner = value2[key];
    if (inner !== void 0) out[key] = ordered2(inner, sortedKeys);
  }
  return out;
}
function keySorter() {
  const bySignature = /* @__PURE__ */ new Map();
  return (keys) => {
    const signature = keys.join("\0");
    let sorted = bySignature.get(signature);
    if (!sorted) bySignature.set(signature, sorted = [...keys].sort(compareKeys));
    return sorted;
  };
}
function planToJson(plan2) {
  return `${JSON.stringify(ordered2(publicShape(withoutSensitiveBodies(plan2)), keySorter()), null, 2)}
`;
}
function publicShape(plan2) {
  return {
    ...plan2,
    projects: plan2.projects.map(({ creates, updates, deletes, ...rest }) => ({ ...rest, create: creates, update: updates, delete: deletes }))
  };
}
function isSensitiveChange2(change) {
  return change.before?.sensitive === true || change.after?.sensitive === true;
}
function withoutSensitiveBodies(plan2) {
  const create2 = (c) => c.fields.body?.sensitive ? { ...c, body: void 0, preview: void 0 } : c;
  const update = (u) => u.changes.some((ch) => ch.field === "body" && isSensitiveChange2(ch)) ? { ...u, bodyBefore: void 0, bodyAfter: void 0, preview: void 0 } : u;
  const project = (p) => ({ ...p, creates: p.creates.map(create2), updates: p.updates.map(update) });
  return { ...plan2, projects: plan2.projects.map(project) };
}

// src/jsonnet/errors.ts
var MAX_TRACE_FRAMES = 20;
var JsonnetError = class extends Error {
  kind;
  location;
  trace;
  constructor(kind, message, location, trace = []) {
    super(message);
    this.name = "JsonnetError";
    this.kind = kind;
    if (location) this.location = location;
    this.trace = trace.slice(0, MAX_TRACE_FRAMES);
  }
  /** The reference CLI's shape: `STATIC ERROR: file:1:2: msg` or `RUNTIME ERROR: msg` plus frames. */
  describe() {
    if (this.kind === "syntax") {
      const where = this.location ? `${this.location.file}:${this.location.line}:${this.location.column}: ` : "";
      return `STATIC ERROR: ${where}${this.message}`;
    }
    const frames = this.trace.map((f) => `	${f.location.file}:${f.location.line}:${f.location.column}	${f.name}`);
    return [`RUNTIME ERROR: ${this.message}`, ...frames].join("\n");
  }
};

// src/jsonnet/values.ts
var Env = class _Env {
  constructor(parent, self2, superIndex, dollar) {
    this.parent = parent;
    this.self = self2;
    this.superIndex = superIndex;
    this.dollar = dollar;
  }
  parent;
  self;
  superIndex;
  dollar;
  names = [];
  thunks = [];
  /** an empty scope with nothing around it */
  static root() {
    return new _Env(null, void 0, 0, void 0);
  }
  /** a frame inside this one, for the names a `local`, a call or a `for` binds */
  child() {
    return new _Env(this, this.self, this.superIndex, this.dollar);
  }
  /** a frame inside this one where `self` is `self` seen from layer `layerIndex`; `$` is the outermost object */
  objectScope(self2, layerIndex) {
    return new _Env(this, self2, layerIndex, this.dollar ?? self2);
  }
  bind(name, thunk) {
    this.names.push(name);
    this.thunks.push(thunk);
  }
  /** the innermost binding of `name` */
  lookup(name) {
    for (let frame = this; frame !== null; frame = frame.parent) {
      const names = frame.names;
      for (let i = names.length - 1; i >= 0; i--) if (names[i] === name) return frame.thunks[i];
    }
    return void 0;
  }
};
var PENDING = 0;
var RUNNING = 1;
var DONE = 2;
var Thunk = class _Thunk {
  state;
  value = null;
  expr;
  env;
  compute;
  evaluator;
  /** what the trace calls this thunk, e.g. a local's name */
  label;
  constructor(state, value2, evaluator, expr, env, compute, label) {
    this.state = state;
    this.value = value2;
    this.evaluator = evaluator;
    this.expr = expr;
    this.env = env;
    this.compute = compute;
    this.label = label;
  }
  static of(value2) {
    return new _Thunk(DONE, value2, null, null, null, null, "");
  }
  static lazy(evaluator, expr, env, label = "") {
    return new _Thunk(PENDING, null, evaluator, expr, env, null, label);
  }
  static computed(compute, label = "") {
    return new _Thunk(PENDING, null, null, null, null, compute, label);
  }
  get loc() {
    return this.expr?.loc;
  }
  get() {
    if (this.state === DONE) return this.value;
    const evaluator = this.evaluator;
    if (evaluator) evaluator.enterThunk(this);
    this.state = RUNNING;
    try {
      const v = this.compute ? this.compute() : evaluator.evalExpr(this.expr, this.env);
      this.value = v;
      this.state = DONE;
      this.expr = null;
      this.env = null;
      this.compute = null;
      this.evaluator = null;
      return v;
    } catch (e) {
      this.state = PENDING;
      throw e;
    } finally {
      if (evaluator) evaluator.leaveThunk();
    }
  }
};
var JArray = class {
  constructor(items2) {
    this.items = items2;
  }
  items;
  get length() {
    return this.items.length;
  }
};
var JObject = class {
  layers;
  removals;
  cache = /* @__PURE__ */ new Map();
  assertsChecked;
  visibleCache;
  constructor(layers, removals = []) {
    this.layers = layers;
    this.removals = removals;
    this.assertsChecked = !layers.some((l) => l.asserts.length > 0);
  }
  removed(name, layer, origin2) {
    for (const r of this.removals) if (r.key === name && r.start <= layer && layer < r.end && origin2 >= r.end) return true;
    return false;
  }
  /** Every field name (hidden included) with whether it is visible, in no particular order. */
  fieldVisibility() {
    if (this.visibleCache) return this.visibleCache;
    const result = /* @__PURE__ */ new Map();
    const top = this.layers.length;
    this.layers.forEach((layer, i) => {
      for (const [name, def] of layer.fields) {
        if (this.removals.length && this.removed(name, i, top)) continue;
        if (def.visibility === "hidden") result.set(name, false);
        else if (def.visibility === "forced") result.set(name, true);
        else if (!result.has(name)) result.set(name, true);
      }
    });
    this.visibleCache = result;
    return result;
  }
  /** Index of the most derived layer below `below` defining `name` as seen from there, or -1. */
  findLayer(name, below = this.layers.length) {
    for (let i = below - 1; i >= 0; i--) {
      if (this.layers[i].fields.has(name) && !(this.removals.length && this.removed(name, i, below))) return i;
    }
    return -1;
  }
};
var JFunction = class _JFunction {
  params;
  body;
  env;
  builtin;
  name;
  constructor(name, params, body, env, builtin) {
    this.name = name;
    this.params = params;
    if (body) this.body = body;
    if (env) this.env = env;
    if (builtin) this.builtin = builtin;
  }
  static user(name, params, body, env) {
    return new _JFunction(name, params, body, env);
  }
  static native(name, params, impl) {
    return new _JFunction(name, params, void 0, void 0, impl);
  }
};
function typeOf(v) {
  if (v === null) return "null";
  switch (typeof v) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
  }
  if (v instanceof JArray) return "array";
  if (v instanceof JObject) return "object";
  return "function";
}

// src/jsonnet/interpreter.ts
var TailCall = class {
  constructor(fn, args, named, loc) {
    this.fn = fn;
    this.args = args;
    this.named = named;
    this.loc = loc;
  }
  fn;
  args;
  named;
  loc;
};
var TIME_CHECK_INTERVAL = 2e3;
var MAX_ARRAY_LENGTH = 1e7;
var MAX_STRING_LENGTH = 1e8;
var MAX_TRACE = 20;
var Interpreter = class {
  depth = 0;
  steps = 0;
  options;
  currentFile;
  constructor(options) {
    this.options = options;
    this.currentFile = options.filename;
  }
  // ---- errors, bounds -------------------------------------------------------------------------
  location(loc) {
    return loc ? { file: this.currentFile, line: loc.line, column: loc.column } : void 0;
  }
  fail(message, loc) {
    throw new JsonnetError("runtime", message, this.location(loc));
  }
  /** Counts work and stops an evaluation that has run past its deadline. */
  tick(loc) {
    if (++this.steps >= TIME_CHECK_INTERVAL) {
      this.steps = 0;
      if (Date.now() > this.options.deadline) this.fail("evaluation timed out (time limit exceeded)", loc);
    }
  }
  push(loc) {
    if (++this.depth > this.options.maxStack) {
      this.depth--;
      this.fail("max stack frames exceeded.", loc);
    }
  }
  addFrame(err, loc, name) {
    if (err instanceof JsonnetError && err.kind === "runtime" && loc) {
      if (!err.location) err.location = this.location(loc);
      if (err.trace.length < MAX_TRACE) err.trace.push({ location: this.location(loc), name });
    }
  }
  enterThunk() {
    this.push(void 0);
  }
  leaveThunk() {
    if (this.depth > 0) this.depth--;
  }
  // ---- expressions -----------------------------------------------------------------------------
  evalExpr(e, env) {
    switch (e.type) {
      case "Literal": {
        const v = e.value;
        if (typeof v === "number" && !Number.isFinite(v)) this.fail("overflow", e.loc);
        return v;
      }
      case "Var": {
        const t = env.lookup(e.name);
        if (!t) this.fail(`Unknown variable: ${e.name}`, e.loc);
        return t.get();
      }
      case "Self":
        return env.self;
      case "Dollar":
        return env.dollar;
      case "Index":
        return this.evalIndex(e, env);
      case "SuperIndex": {
        const name = this.evalExpr(e.index, env);
        if (typeof name !== "string") this.fail(`super index must be string, got ${typeOf(name)}`, e.loc);
        return this.superField(env.self, env.superIndex, name, e.loc);
      }
      case "InSuper": {
        const key = this.evalExpr(e.key, env);
        if (typeof key !== "string") this.fail(`in super: field name must be a string, got ${typeOf(key)}`, e.loc);
        const below = env.superIndex;
        return below > 0 && env.self.findLayer(key, below) >= 0;
      }
      case "Array":
        return new JArray(e.elements.map((el) => this.thunkFor(el, env, "array_element")));
      case "ArrayComp": {
        const items2 = [];
        this.forEachComprehension(e.specs, 0, env, e.loc, (inner) => {
          items2.push(this.thunkFor(e.body, inner, "array_element"));
          if (items2.length > MAX_ARRAY_LENGTH) this.fail("array too large", e.loc);
        });
        return new JArray(items2);
      }
      case "Object":
        return this.evalObject(e, env);
      case "ObjectComp":
        return this.evalObjectComp(e, env);
      case "Slice":
        return this.evalSlice(e, env);
      case "Apply":
        return this.evalApply(e, env);
      case "Local":
        return this.evalExpr(e.body, this.bindLocals(e.binds, env));
      case "If": {
        const c = this.evalExpr(e.condition, env);
        if (typeof c !== "boolean") this.fail(`Condition must be boolean, got ${typeOf(c)}.`, e.condition.loc);
        if (c) return this.evalExpr(e.then, env);
        return e.else ? this.evalExpr(e.else, env) : null;
      }
      case "Binary":
        return this.evalBinary(e, env);
      case "Unary":
        return this.evalUnary(e, env);
      case "Function":
        return JFunction.user(e.name ?? "anonymous", e.params, e.body, env);
      case "Assert":
        this.checkAssert(e.condition, e.message, env, e.loc, "Assertion failed.");
        return this.evalExpr(e.rest, env);
      case "Error": {
        const v = this.evalExpr(e.value, env);
        this.fail(typeof v === "string" ? v : this.toStringValue(v, e.loc), e.loc);
      }
      // falls through (fail never returns)
      case "Import":
        return this.evalImport(e);
    }
  }
  thunkFor(e, env, label) {
    if (e.type === "Literal" && (typeof e.value !== "number" || Number.isFinite(e.value))) return Thunk.of(e.value);
    if (e.type === "Var") {
      const t = env.lookup(e.name);
      if (t) return t;
    }
    return Thunk.lazy(this, e, env, label);
  }
  bindLocals(binds, env) {
    const inner = env.child();
    for (const b of binds) {
      inner.bind(
        b.name,
        b.value.type === "Function" ? Thunk.of(JFunction.user(b.value.name ?? b.name, b.value.params, b.value.body, inner)) : Thunk.lazy(this, b.value, inner, b.name)
      );
    }
    return inner;
  }
  checkAssert(condition, message, env, loc, fallback) {
    const c = this.evalExpr(condition, env);
    if (typeof c !== "boolean") this.fail(`Assertion condition must be boolean, got ${typeOf(c)}.`, loc);
    if (c) return;
    if (!message) this.fail(fallback, loc);
    const m = this.evalExpr(message, env);
    this.fail(typeof m === "string" ? m : this.toStringValue(m, loc), loc);
  }
  evalImport(e) {
    if (!this.options.importer) this.fail(`imports are not supported here: ${e.kind} ${JSON.stringify(e.path)}`, e.loc);
    try {
      return this.options.importer(e.kind, e.path, this.currentFile);
    } catch (err) {
      if (err instanceof JsonnetError) throw err;
      this.fail(`couldn't open import ${JSON.stringify(e.path)}: ${err.message}`, e.loc);
    }
  }
  /** Evaluates a whole other file (an import) with its own `std`. */
  evalFile(root, filename) {
    const saved = this.currentFile;
    this.currentFile = filename;
    try {
      const env = Env.root();
      env.bind("std", Thunk.of(this.options.makeStd(this, filename)));
      return this.evalExpr(root, env);
    } finally {
      this.currentFile = saved;
    }
  }
  forEachComprehension(specs, i, env, loc, emit) {
    if (i === specs.length) {
      emit(env);
      return;
    }
    const spec = specs[i];
    if (spec.kind === "if") {
      const c = this.evalExpr(spec.condition, env);
      if (typeof c !== "boolean") this.fail(`Condition must be boolean, got ${typeOf(c)}.`, spec.loc);
      if (c) this.forEachComprehension(specs, i + 1, env, loc, emit);
      return;
    }
    const source = this.evalExpr(spec.source, env);
    if (!(source instanceof JArray)) this.fail("In comprehension, can only iterate over array.", loc);
    for (const item of source.items) {
      this.tick(loc);
      const inner = env.child();
      inner.bind(spec.varName, item);
      this.forEachComprehension(specs, i + 1, inner, loc, emit);
    }
  }
  // ---- objects ---------------------------------------------------------------------------------
  fieldName(nameExpr, env, loc) {
    if (nameExpr.type === "Literal" && typeof nameExpr.value === "string") return nameExpr.value;
    const v = this.evalExpr(nameExpr, env);
    if (v === null) return null;
    if (typeof v !== "string") this.fail(`Field name must be string, got ${typeOf(v)}.`, loc);
    return v;
  }
  evalObject(e, env) {
    const fields2 = /* @__PURE__ */ new Map();
    const asserts = [];
    const locals = [];
    for (const m of e.members) {
      if (m.kind === "field") {
        const name = this.fieldName(m.name, env, m.loc);
        if (name === null) continue;
        if (fields2.has(name)) this.fail(`duplicate field name: ${JSON.stringify(name)}`, m.loc);
        fields2.set(name, { visibility: m.visibility, plus: m.plus, expr: m.value });
      } else if (m.kind === "assert") {
        asserts.push(m);
      } else {
        locals.push(m.bind);
      }
    }
    return new JObject([{ fields: fields2, asserts, locals, env }]);
  }
  evalObjectComp(e, env) {
    const fields2 = /* @__PURE__ */ new Map();
    this.forEachComprehension(e.specs, 0, env, e.loc, (inner) => {
      const name = this.fieldName(e.key, inner, e.loc);
      if (name === null) return;
      if (fields2.has(name)) this.fail(`duplicate field name: ${JSON.stringify(name)}`, e.loc);
      fields2.set(name, { visibility: e.visibility, plus: e.plus, expr: e.value, env: inner });
    });
    return new JObject([{ fields: fields2, asserts: [], locals: e.locals, env }]);
  }
  /** The scope of a field body or assert of layer `layerIndex` of `self`. */
  layerEnv(self2, layerIndex, base) {
    const layer = self2.layers[layerIndex];
    const env = base.objectScope(self2, layerIndex);
    for (const b of layer.locals) env.bind(b.name, Thunk.lazy(this, b.value, env, b.name));
    return env;
  }
  checkAsserts(obj2) {
    if (obj2.assertsChecked) return;
    obj2.assertsChecked = true;
    try {
      obj2.layers.forEach((layer, i) => {
        if (!layer.asserts.length) return;
        const env = this.layerEnv(obj2, i, layer.env);
        for (const a of layer.asserts) this.checkAssert(a.condition, a.message, env, a.loc, "Object assertion failed.");
      });
    } catch (err) {
      obj2.assertsChecked = false;
      throw err;
    }
  }
  evalField(self2, layerIndex, name, loc) {
    const layer = self2.layers[layerIndex];
    const def = layer.fields.get(name);
    if (def.thunk) return def.thunk.get();
    this.push(loc);
    try {
      const env = this.layerEnv(self2, layerIndex, def.env ?? layer.env);
      const value2 = this.evalExpr(def.expr, env);
      if (!def.plus) return value2;
      const below = self2.findLayer(name, layerIndex);
      if (below < 0) return value2;
      return this.plus(this.evalField(self2, below, name, loc), value2, def.expr.loc);
    } catch (err) {
      this.addFrame(err, def.expr?.loc, `object <${name}>`);
      throw err;
    } finally {
      if (this.depth > 0) this.depth--;
    }
  }
  getField(obj2, name, loc) {
    const cached = obj2.cache.get(name);
    if (cached !== void 0) return cached;
    if (!obj2.assertsChecked) this.checkAsserts(obj2);
    const i = obj2.findLayer(name);
    if (i < 0) this.fail(`field does not exist: ${name}`, loc);
    const v = this.evalField(obj2, i, name, loc);
    obj2.cache.set(name, v);
    return v;
  }
  superField(self2, below, name, loc) {
    const i = below > 0 ? self2.findLayer(name, below) : -1;
    if (i < 0) this.fail(`field does not exist in super: ${name}`, loc);
    return this.evalField(self2, i, name, loc);
  }
  /** Visible field names sorted the way Jsonnet sorts them (by code point). */
  visibleFields(obj2, includeHidden = false) {
    const names = [];
    for (const [name, visible] of obj2.fieldVisibility()) if (visible || includeHidden) names.push(name);
    return names.sort(compareStrings);
  }
  extendObject(a, b) {
    const shift = a.layers.length;
    const removals = a.removals.length || b.removals.length ? [...a.removals, ...b.removals.map((r) => ({ key: r.key, start: r.start + shift, end: r.end + shift }))] : void 0;
    return new JObject([...a.layers, ...b.layers], removals);
  }
  // ---- indexing and slicing --------------------------------------------------------------------
  evalIndex(e, env) {
    const target = this.evalExpr(e.target, env);
    const index = this.evalExpr(e.index, env);
    return this.index(target, index, e.loc);
  }
  index(target, index, loc) {
    if (target instanceof JObject) {
      if (typeof index !== "string") this.fail(`attempted index an object with ${typeOf(index)}.`, loc);
      return this.getField(target, index, loc);
    }
    if (target instanceof JArray) {
      if (typeof index !== "number") {
        this.fail(typeof index === "string" ? `attempted index an array with string ${JSON.stringify(index)}.` : `attempted index an array with ${typeOf(index)}.`, loc);
      }
      if (!Number.isInteger(index)) this.fail(`array index was not integer: ${formatShortNumber(index)}`, loc);
      if (index < 0 || index >= target.items.length) this.fail(`array bounds error: ${formatShortNumber(index)} not within [0, ${target.items.length})`, loc);
      return target.items[index].get();
    }
    if (typeof target === "string") {
      if (typeof index !== "number") this.fail(`attempted index a string with ${typeOf(index)}.`, loc);
      if (!Number.isInteger(index)) this.fail(`string index was not integer: ${formatShortNumber(index)}`, loc);
      const chars = codePoints(target);
      if (index < 0 || index >= chars.length) this.fail(`string bounds error: ${formatShortNumber(index)} not within [0, ${chars.length})`, loc);
      return chars[index];
    }
    this.fail(`attempted index a ${typeOf(target)} with ${typeOf(index)}.`, loc);
  }
  evalSlice(e, env) {
    const target = this.evalExpr(e.target, env);
    const opt = (x) => x ? this.evalExpr(x, env) : null;
    return this.slice(target, opt(e.start), opt(e.end), opt(e.step), e.loc);
  }
  slice(target, start, end, step, loc) {
    const isString2 = typeof target === "string";
    if (!isString2 && !(target instanceof JArray)) this.fail(`std.slice accepts a string or an array, but got: ${typeOf(target)}`, loc);
    const items2 = isString2 ? codePoints(target) : target.items;
    const len = items2.length;
    const num2 = (v, what, dflt) => {
      if (v === null) return dflt;
      if (typeof v !== "number") this.fail(`got [${typeOf(v)}] but ${what} must be a number`, loc);
      return v;
    };
    const stepN = num2(step, "step", 1);
    if (stepN <= 0 || !Number.isInteger(stepN)) this.fail(`got ${stepN} but step must be greater than 0`, loc);
    let from = num2(start, "index", 0);
    let to = num2(end, "end", len);
    if (from < 0) from = Math.max(0, len + from);
    if (to < 0) to = Math.max(0, len + to);
    to = Math.min(to, len);
    const picked = [];
    for (let i = from; i < to; i += stepN) picked.push(items2[i]);
    return isString2 ? picked.join("") : new JArray(picked);
  }
  // ---- functions -------------------------------------------------------------------------------
  argThunks(args, env) {
    const out = new Array(args.length);
    for (let i = 0; i < args.length; i++) out[i] = this.thunkFor(args[i], env, "arg");
    return out;
  }
  evalApply(e, env) {
    const fn = this.evalExpr(e.fn, env);
    if (!(fn instanceof JFunction)) this.fail(`only functions can be called, got ${typeOf(fn)}`, e.loc);
    const args = this.argThunks(e.args, env);
    const named = e.named.length ? e.named.map((n) => ({ name: n.name, thunk: this.thunkFor(n.value, env, n.name) })) : null;
    if (e.tailstrict) {
      for (const a of args) a.get();
      if (named) for (const n of named) n.thunk.get();
    }
    return this.call(fn, args, named, e.loc);
  }
  /** Evaluates a function body; a `tailstrict` call in tail position comes back as a TailCall. */
  evalTail(start, startEnv) {
    let e = start;
    let env = startEnv;
    for (; ; ) {
      switch (e.type) {
        case "Local":
          env = this.bindLocals(e.binds, env);
          e = e.body;
          continue;
        case "If": {
          const c = this.evalExpr(e.condition, env);
          if (typeof c !== "boolean") this.fail(`Condition must be boolean, got ${typeOf(c)}.`, e.condition.loc);
          if (c) e = e.then;
          else if (e.else) e = e.else;
          else return null;
          continue;
        }
        case "Apply": {
          if (!e.tailstrict) return this.evalExpr(e, env);
          const fn = this.evalExpr(e.fn, env);
          if (!(fn instanceof JFunction)) this.fail(`only functions can be called, got ${typeOf(fn)}`, e.loc);
          const args = this.argThunks(e.args, env);
          const named = e.named.length ? e.named.map((n) => ({ name: n.name, thunk: this.thunkFor(n.value, env, n.name) })) : null;
          for (const a of args) a.get();
          if (named) for (const n of named) n.thunk.get();
          return new TailCall(fn, args, named, e.loc);
        }
        default:
          return this.evalExpr(e, env);
      }
    }
  }
  call(fn, args, named, loc) {
    this.tick(loc);
    if (fn.builtin) return this.callBuiltin(fn, args, named, loc);
    this.push(loc);
    let current = fn;
    try {
      let env = this.bindParams(current, args, named, loc);
      for (; ; ) {
        const result = this.evalTail(current.body, env);
        if (!(result instanceof TailCall)) return result;
        this.tick(loc);
        if (result.fn.builtin) return this.callBuiltin(result.fn, result.args, result.named, result.loc);
        current = result.fn;
        env = this.bindParams(current, result.args, result.named, result.loc);
      }
    } catch (err) {
      this.addFrame(err, loc, `function <${current.name}>`);
      throw err;
    } finally {
      if (this.depth > 0) this.depth--;
    }
  }
  bindParams(fn, args, named, loc) {
    const params = fn.params;
    if (args.length > params.length) this.fail(`too many args, function has ${params.length} parameter(s)`, loc);
    const env = fn.env.child();
    const bound = new Array(params.length).fill(false);
    for (let i = 0; i < args.length; i++) {
      env.bind(params[i].name, args[i]);
      bound[i] = true;
    }
    if (named) {
      for (const n of named) {
        const i = params.findIndex((p) => p.name === n.name);
        if (i < 0) this.fail(`function has no parameter ${n.name}`, loc);
        if (bound[i]) this.fail(`binding parameter a second time: ${n.name}`, loc);
        env.bind(n.name, n.thunk);
        bound[i] = true;
      }
    }
    for (let i = 0; i < params.length; i++) {
      if (bound[i]) continue;
      const p = params[i];
      if (!p.defaultValue) this.fail(`function parameter ${p.name} not bound in call.`, loc);
      env.bind(p.name, Thunk.lazy(this, p.defaultValue, env, p.name));
    }
    return env;
  }
  callBuiltin(fn, args, named, loc) {
    const params = fn.params;
    if (args.length > params.length) this.fail(`too many args, function has ${params.length} parameter(s)`, loc);
    const resolved = args.slice();
    if (named) {
      for (const n of named) {
        const i = params.findIndex((p) => p.name === n.name);
        if (i < 0) this.fail(`function has no parameter ${n.name}`, loc);
        if (resolved[i]) this.fail(`binding parameter a second time: ${n.name}`, loc);
        resolved[i] = n.thunk;
      }
    }
    for (let i = 0; i < params.length; i++) {
      if (resolved[i]) continue;
      const p = params[i];
      if (p.defaultValue !== void 0) resolved[i] = Thunk.of(p.defaultValue);
      else if (!p.optional) this.fail(`function parameter ${p.name} not bound in call.`, loc);
    }
    this.push(loc);
    try {
      return fn.builtin(resolved, { interp: this, loc });
    } catch (err) {
      if (err instanceof JsonnetError && err.kind === "runtime" && !err.location && loc) {
        err.location = this.location(loc);
      }
      if (err instanceof RangeError && /string length|array length|Array buffer/i.test(err.message)) {
        this.fail("value too large (string or array length limit exceeded)", loc);
      }
      throw err;
    } finally {
      if (this.depth > 0) this.depth--;
    }
  }
  /** Calls a function value from a builtin with plain values. */
  callValues(fn, args, loc) {
    if (!(fn instanceof JFunction)) this.fail(`only functions can be called, got ${typeOf(fn)}`, loc);
    return this.call(fn, args.map((a) => Thunk.of(a)), null, loc);
  }
  callThunks(fn, args, loc) {
    if (!(fn instanceof JFunction)) this.fail(`only functions can be called, got ${typeOf(fn)}`, loc);
    return this.call(fn, args, null, loc);
  }
  // ---- operators -------------------------------------------------------------------------------
  evalUnary(e, env) {
    const v = this.evalExpr(e.operand, env);
    switch (e.op) {
      case "!":
        if (typeof v !== "boolean") this.fail(`unary operator ! does not operate on type ${typeOf(v)}`, e.loc);
        return !v;
      case "-":
        if (typeof v !== "number") this.fail(`unary operator - does not operate on type ${typeOf(v)}`, e.loc);
        return -v;
      case "+":
        if (typeof v !== "number") this.fail(`unary operator + does not operate on type ${typeOf(v)}`, e.loc);
        return v;
      case "~":
        if (typeof v !== "number") this.fail(`unary operator ~ does not operate on type ${typeOf(v)}`, e.loc);
        return Number(~this.toInt64(v, e.loc));
    }
  }
  evalBinary(e, env) {
    const op = e.op;
    if (op === "&&" || op === "||") {
      const l2 = this.evalExpr(e.left, env);
      if (typeof l2 !== "boolean") this.fail(`binary operator ${op} requires boolean, got ${typeOf(l2)}`, e.loc);
      if (op === "&&" ? !l2 : l2) return l2;
      const r2 = this.evalExpr(e.right, env);
      if (typeof r2 !== "boolean") this.fail(`binary operator ${op} requires boolean, got ${typeOf(r2)}`, e.loc);
      return r2;
    }
    const l = this.evalExpr(e.left, env);
    const r = this.evalExpr(e.right, env);
    return this.binary(op, l, r, e.loc);
  }
  binary(op, l, r, loc) {
    if (typeof l === "number" && typeof r === "number") {
      switch (op) {
        case "+":
          return this.checkNumber(l + r, loc);
        case "-":
          return this.checkNumber(l - r, loc);
        case "*":
          return this.checkNumber(l * r, loc);
        case "/":
          if (r === 0) this.fail("division by zero.", loc);
          return this.checkNumber(l / r, loc);
        case "%":
          if (r === 0) this.fail("division by zero.", loc);
          return this.checkNumber(l % r, loc);
        case "<":
          return l < r;
        case "<=":
          return l <= r;
        case ">":
          return l > r;
        case ">=":
          return l >= r;
        case "==":
          return l === r;
        case "!=":
          return l !== r;
        case "<<":
        case ">>":
        case "&":
        case "^":
        case "|":
          return this.bitwise(op, l, r, loc);
      }
    }
    switch (op) {
      case "+":
        return this.plus(l, r, loc);
      case "==":
        return this.equals(l, r, loc);
      case "!=":
        return !this.equals(l, r, loc);
      case "<":
        return this.compare(l, r, loc) < 0;
      case "<=":
        return this.compare(l, r, loc) <= 0;
      case ">":
        return this.compare(l, r, loc) > 0;
      case ">=":
        return this.compare(l, r, loc) >= 0;
      case "in":
        if (typeof l !== "string") this.fail(`in: field name must be a string, got ${typeOf(l)}`, loc);
        if (!(r instanceof JObject)) this.fail(`in: right-hand side must be an object, got ${typeOf(r)}`, loc);
        return r.findLayer(l) >= 0;
      case "%":
        if (typeof l === "string") return this.format(l, r, loc);
        break;
    }
    this.fail(`binary operator ${op} does not operate on types ${typeOf(l)} and ${typeOf(r)}.`, loc);
  }
  /** Set by the standard library: std.format. */
  format = () => this.fail("std.format unavailable");
  checkNumber(v, loc) {
    if (!Number.isFinite(v)) this.fail(Number.isNaN(v) ? "not a number" : "overflow", loc);
    return v;
  }
  toInt64(v, loc) {
    if (v < -(2 ** 53) || v > 2 ** 53) this.fail("numeric value outside safe integer range for bitwise operation.", loc);
    return BigInt(Math.trunc(v));
  }
  bitwise(op, l, r, loc) {
    const a = this.toInt64(l, loc);
    const b = this.toInt64(r, loc);
    let result;
    switch (op) {
      case "<<":
        if (b < 0n) this.fail("shift by negative exponent.", loc);
        result = BigInt.asIntN(64, a << b % 64n);
        break;
      case ">>":
        if (b < 0n) this.fail("shift by negative exponent.", loc);
        result = a >> b % 64n;
        break;
      case "&":
        result = a & b;
        break;
      case "^":
        result = a ^ b;
        break;
      default:
        result = a | b;
    }
    const n = Number(result);
    if (op === "<<" && (n < -(2 ** 53) || n > 2 ** 53)) this.fail("numeric value outside safe integer range for bitwise operation.", loc);
    return n;
  }
  plus(l, r, loc) {
    if (typeof l === "number" && typeof r === "number") return this.checkNumber(l + r, loc);
    if (typeof l === "string" || typeof r === "string") {
      const ls = typeof l === "string" ? l : this.toStringValue(l, loc);
      const rs = typeof r === "string" ? r : this.toStringValue(r, loc);
      if (ls.length + rs.length > MAX_STRING_LENGTH) this.fail("string too large", loc);
      return ls + rs;
    }
    if (l instanceof JArray && r instanceof JArray) {
      if (l.items.length + r.items.length > MAX_ARRAY_LENGTH) this.fail("array too large", loc);
      return new JArray(l.items.concat(r.items));
    }
    if (l instanceof JObject && r instanceof JObject) return this.extendObject(l, r);
    this.fail(`binary operator + does not operate on types ${typeOf(l)} and ${typeOf(r)}.`, loc);
  }
  /** Set by the manifester: std.toString for non-strings (single-line JSON). */
  toStringValue = (v) => String(v);
  equals(a, b, loc) {
    if (a === b) {
      if (a instanceof JFunction) this.fail("cannot test equality of functions", loc);
      return true;
    }
    const ta = typeOf(a);
    const tb = typeOf(b);
    if (ta !== tb) return false;
    if (a instanceof JArray && b instanceof JArray) {
      if (a.items.length !== b.items.length) return false;
      this.push(loc);
      try {
        for (let i = 0; i < a.items.length; i++) if (!this.equals(a.items[i].get(), b.items[i].get(), loc)) return false;
      } finally {
        if (this.depth > 0) this.depth--;
      }
      return true;
    }
    if (a instanceof JObject && b instanceof JObject) {
      const fa = this.visibleFields(a);
      const fb = this.visibleFields(b);
      if (fa.length !== fb.length) return false;
      for (let i = 0; i < fa.length; i++) if (fa[i] !== fb[i]) return false;
      this.push(loc);
      try {
        for (const f of fa) if (!this.equals(this.getField(a, f, loc), this.getField(b, f, loc), loc)) return false;
      } finally {
        if (this.depth > 0) this.depth--;
      }
      return true;
    }
    if (ta === "function") this.fail("cannot test equality of functions", loc);
    return false;
  }
  compare(a, b, loc) {
    if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === "string" && typeof b === "string") return compareStrings(a, b);
    if (a instanceof JArray && b instanceof JArray) {
      const n = Math.min(a.items.length, b.items.length);
      for (let i = 0; i < n; i++) {
        const c = this.compare(a.items[i].get(), b.items[i].get(), loc);
        if (c !== 0) return c;
      }
      return a.items.length - b.items.length;
    }
    const ta = typeOf(a);
    const tb = typeOf(b);
    if (ta !== tb) this.fail(`binary operator < does not operate on types ${ta} and ${tb}.`, loc);
    this.fail(`binary operator < does not operate on type ${ta}.`, loc);
  }
};
function compareStrings(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 55296 && x <= 57343;
      const ys = y >= 55296 && y <= 57343;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}
var SURROGATE = /[\uD800-\uDFFF]/;
function codePoints(s) {
  return SURROGATE.test(s) ? Array.from(s) : s.split("");
}
function stringLength(s) {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}
function formatShortNumber(v) {
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  let s = v.toPrecision(6);
  if (s.includes("e")) {
    let [m, ex] = s.split("e");
    if (m.includes(".")) m = m.replace(/0+$/, "").replace(/\.$/, "");
    const sign = ex.startsWith("-") ? "-" : "+";
    ex = ex.replace(/^[+-]/, "").padStart(2, "0");
    return `${m}e${sign}${ex}`;
  }
  if (s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  return s;
}

// src/jsonnet/manifest.ts
function formatG(v, precision, alternate = false) {
  if (v === 0) return (Object.is(v, -0) ? "-" : "") + (alternate ? "0." + "0".repeat(Math.max(precision - 1, 0)) : "0");
  const p = precision === 0 ? 1 : precision;
  const expStr = v.toExponential(p - 1);
  const x = Number(expStr.slice(expStr.indexOf("e") + 1));
  let out;
  if (x < -4 || x >= p) {
    let [mantissa, e] = expStr.split("e");
    if (!alternate && mantissa.includes(".")) mantissa = mantissa.replace(/0+$/, "").replace(/\.$/, "");
    const sign = e.startsWith("-") ? "-" : "+";
    const digits = e.replace(/^[+-]/, "").padStart(2, "0");
    out = `${mantissa}e${sign}${digits}`;
  } else {
    out = v.toFixed(Math.max(p - 1 - x, 0));
    if (!alternate && out.includes(".")) out = out.replace(/0+$/, "").replace(/\.$/, "");
  }
  return out;
}
function formatNumber(v) {
  if (Number.isInteger(v)) {
    if (Object.is(v, -0)) return "-0";
    return Math.abs(v) < 1e21 ? v.toFixed(0) : BigInt(v).toString();
  }
  return formatG(v, 17);
}
function escapeJsonString(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 34:
        out += '\\"';
        break;
      case 92:
        out += "\\\\";
        break;
      case 8:
        out += "\\b";
        break;
      case 12:
        out += "\\f";
        break;
      case 10:
        out += "\\n";
        break;
      case 13:
        out += "\\r";
        break;
      case 9:
        out += "\\t";
        break;
      default:
        if (c < 32 || c >= 127 && c <= 159) out += "\\u" + c.toString(16).padStart(4, "0");
        else out += s[i];
    }
  }
  return out + '"';
}
var pathText = (path) => "[" + path.map((p) => typeof p === "string" ? JSON.stringify(p) : String(p)).join(", ") + "]";
function fields(ctx, obj2) {
  const { interp, loc } = ctx;
  interp.checkAsserts(obj2);
  return interp.visibleFields(obj2).map((k) => [k, interp.getField(obj2, k, loc)]);
}
function items(arr2) {
  return arr2.items.map((t) => t.get());
}
function nested(ctx, f) {
  const interp = ctx.interp;
  if (++interp.depth > interp.options.maxStack) {
    interp.depth--;
    interp.fail("max stack frames exceeded.", ctx.loc);
  }
  try {
    return f();
  } finally {
    interp.depth--;
  }
}
function manifestJson(ctx, v, indentUnit, multiline) {
  const aux = (v2, indent) => {
    if (v2 === null) return "null";
    if (v2 === true) return "true";
    if (v2 === false) return "false";
    if (typeof v2 === "number") return formatNumber(v2);
    if (typeof v2 === "string") return escapeJsonString(v2);
    if (v2 instanceof JFunction) ctx.interp.fail("couldn't manifest function as JSON", ctx.loc);
    return nested(ctx, () => {
      if (v2 instanceof JArray) {
        if (v2.items.length === 0) return "[ ]";
        const inner2 = indent + indentUnit;
        const parts2 = items(v2).map((x) => aux(x, inner2));
        return multiline ? `[
${parts2.map((p) => inner2 + p).join(",\n")}
${indent}]` : `[${parts2.join(", ")}]`;
      }
      const obj2 = v2;
      const fs = fields(ctx, obj2);
      if (fs.length === 0) return "{ }";
      const inner = indent + indentUnit;
      const parts = fs.map(([k, x]) => `${escapeJsonString(k)}: ${aux(x, inner)}`);
      return multiline ? `{
${parts.map((p) => inner + p).join(",\n")}
${indent}}` : `{${parts.join(", ")}}`;
    });
  };
  return aux(v, "");
}
function manifestJsonEx(ctx, v, indentUnit, newline, keyValSep) {
  const aux = (v2, path, indent) => {
    if (v2 === null) return "null";
    if (v2 === true) return "true";
    if (v2 === false) return "false";
    if (typeof v2 === "number") return formatNumber(v2);
    if (typeof v2 === "string") return escapeJsonString(v2);
    if (v2 instanceof JFunction) ctx.interp.fail(`Tried to manifest function at ${pathText(path)}`, ctx.loc);
    return nested(ctx, () => {
      const inner = indent + indentUnit;
      if (v2 instanceof JArray) {
        const parts2 = items(v2).map((x, i) => inner + aux(x, [...path, i], inner));
        return `[${newline}${parts2.join("," + newline)}${newline}${indent}]`;
      }
      const parts = fields(ctx, v2).map(([k, x]) => inner + escapeJsonString(k) + keyValSep + aux(x, [...path, k], inner));
      return `{${newline}${parts.join("," + newline)}${newline}${indent}}`;
    });
  };
  return aux(v, [], "");
}
var YAML_RESERVED = /* @__PURE__ */ new Set([
  "true",
  "false",
  "yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  "null",
  "~",
  "True",
  "False",
  "Yes",
  "No",
  "On",
  "Off",
  "Y",
  "N",
  "Null",
  "TRUE",
  "FALSE",
  "YES",
  "NO",
  "ON",
  "OFF",
  "NULL",
  ".inf",
  "-.inf",
  "+.inf",
  ".Inf",
  "-.Inf",
  "+.Inf",
  ".INF",
  "-.INF",
  "+.INF",
  ".nan",
  ".NaN",
  ".NAN"
]);
function isBareYamlKey(key) {
  if (key === "" || YAML_RESERVED.has(key)) return false;
  if (!/^[a-zA-Z0-9_\-./]+$/.test(key)) return false;
  if (/^-+$/.test(key)) return false;
  const k = key;
  if (/^[-+]?(0|[1-9][0-9_]*)$/.test(k)) return false;
  if (/^[-+]?0[0-7_]+$/.test(k)) return false;
  if (/^[-+]?0x[0-9a-fA-F_]+$/.test(k)) return false;
  if (/^[-+]?0b[01_]+$/.test(k)) return false;
  if (/^[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+][0-9]+)?$/.test(k)) return false;
  if (/^[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)$/.test(k)) return false;
  if (/^[-+]?[0-9][0-9_]*(\.[0-9_]*)?[eE][-+]?[0-9]+$/.test(k)) return false;
  if (/^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/.test(k)) return false;
  if (/^[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?/.test(k)) return false;
  return true;
}
function manifestYamlDoc(ctx, value2, indentArrayInObject, quoteKeys) {
  const key = (k) => !quoteKeys && isBareYamlKey(k) ? k : escapeJsonString(k);
  const isNonEmptyArray = (v) => v instanceof JArray && v.items.length > 0;
  const isNonEmptyObject = (v) => v instanceof JObject && ctx.interp.visibleFields(v).length > 0;
  const aux = (v, path, indent) => {
    if (v === null) return "null";
    if (v === true) return "true";
    if (v === false) return "false";
    if (typeof v === "number") return formatNumber(v);
    if (typeof v === "string") {
      if (v.length === 0) return '""';
      if (v.endsWith("\n")) {
        const lines = v.split("\n");
        lines.pop();
        return ["|", ...lines].join("\n" + indent + "  ");
      }
      return escapeJsonString(v);
    }
    if (v instanceof JFunction) ctx.interp.fail(`Tried to manifest function at ${pathText(path)}`, ctx.loc);
    return nested(ctx, () => {
      if (v instanceof JArray) {
        if (v.items.length === 0) return "[]";
        return items(v).map((x, i) => {
          if (isNonEmptyArray(x)) return "-\n" + indent + "  " + aux(x, [...path, i], indent + "  ");
          if (isNonEmptyObject(x)) return "- " + aux(x, [...path, i], indent + "  ");
          return "- " + aux(x, [...path, i], indent);
        }).join("\n" + indent);
      }
      const fs = fields(ctx, v);
      if (fs.length === 0) return "{}";
      return fs.map(([k, x]) => {
        if (isNonEmptyArray(x)) {
          const inner = indentArrayInObject ? indent + "  " : indent;
          return key(k) + ":\n" + inner + aux(x, [...path, k], inner);
        }
        if (isNonEmptyObject(x)) return key(k) + ":\n" + indent + "  " + aux(x, [...path, k], indent + "  ");
        return key(k) + ": " + aux(x, [...path, k], indent);
      }).join("\n" + indent);
    });
  };
  return aux(value2, [], "");
}
function manifestYamlStream(ctx, value2, indentArrayInObject, documentEnd, quoteKeys) {
  if (!(value2 instanceof JArray)) ctx.interp.fail(`manifestYamlStream only takes arrays, got ${typeOf(value2)}`, ctx.loc);
  const docs = items(value2).map((d) => manifestYamlDoc(ctx, d, indentArrayInObject, quoteKeys));
  return "---\n" + docs.join("\n---\n") + (documentEnd ? "\n...\n" : "\n");
}
function manifestPython(ctx, v) {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "string") return escapeJsonString(v);
  if (v instanceof JFunction) ctx.interp.fail("cannot manifest function", ctx.loc);
  return nested(ctx, () => {
    if (v instanceof JArray) return "[" + items(v).map((x) => manifestPython(ctx, x)).join(", ") + "]";
    return "{" + fields(ctx, v).map(([k, x]) => `${escapeJsonString(k)}: ${manifestPython(ctx, x)}`).join(", ") + "}";
  });
}
function manifestPythonVars(ctx, v) {
  if (!(v instanceof JObject)) ctx.interp.fail(`manifestPythonVars requires an object, got ${typeOf(v)}`, ctx.loc);
  return fields(ctx, v).map(([k, x]) => `${k} = ${manifestPython(ctx, x)}
`).join("");
}
function manifestIni(ctx, ini) {
  if (!(ini instanceof JObject)) ctx.interp.fail(`manifestIni requires an object, got ${typeOf(ini)}`, ctx.loc);
  const str2 = (x) => typeof x === "string" ? x : ctx.interp.toStringValue(x, ctx.loc);
  const body = (o) => {
    if (!(o instanceof JObject)) ctx.interp.fail(`manifestIni section must be an object, got ${typeOf(o)}`, ctx.loc);
    return fields(ctx, o).map(([k, x]) => x instanceof JArray ? items(x).map((y) => `${k} = ${str2(y)}
`).join("") : `${k} = ${str2(x)}
`).join("");
  };
  const f = new Map(fields(ctx, ini));
  const main2 = f.has("main") ? body(f.get("main")) : "";
  const sectionsValue = f.get("sections") ?? null;
  let sections = "";
  if (sectionsValue instanceof JObject) {
    sections = fields(ctx, sectionsValue).map(([name, s]) => `[${name}]
${body(s)}`).join("");
  }
  return main2 + sections;
}
function escapeXml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function manifestXmlJsonml(ctx, v) {
  const str2 = (x) => typeof x === "string" ? x : ctx.interp.toStringValue(x, ctx.loc);
  const aux = (v2) => {
    if (typeof v2 === "string") return v2;
    if (!(v2 instanceof JArray)) ctx.interp.fail(`Expected a JSONML value (an array or string), got ${typeOf(v2)}`, ctx.loc);
    return nested(ctx, () => {
      const xs = items(v2);
      if (xs.length === 0) ctx.interp.fail("JsonML value was an empty array", ctx.loc);
      const tag = str2(xs[0]);
      const hasAttrs = xs.length > 1 && xs[1] instanceof JObject;
      const attrs = hasAttrs ? fields(ctx, xs[1]).map(([k, x]) => ` ${k}="${str2(x)}"`).join("") : "";
      const children = xs.slice(hasAttrs ? 2 : 1).map(aux).join("");
      return `<${tag}${attrs}>${children}</${tag}>`;
    });
  };
  return aux(v);
}
function manifestTomlEx(ctx, value2, indentUnit) {
  const fail2 = (msg) => ctx.interp.fail(msg, ctx.loc);
  if (!(value2 instanceof JObject)) fail2(`TOML body must be an object. Got ${typeOf(value2)}`);
  const bareKey = (k) => /^[A-Za-z0-9_-]+$/.test(k) ? k : escapeJsonString(k);
  const isTable = (v) => v instanceof JObject;
  const isTableArray = (v) => v instanceof JArray && v.items.length > 0 && items(v).every((x) => x instanceof JObject);
  const isSection = (v) => isTable(v) || isTableArray(v);
  const renderValue = (v, path, inline, indent) => {
    if (v === null) fail2(`Tried to manifest "null" at ${pathText(path)}`);
    if (v === true) return "true";
    if (v === false) return "false";
    if (typeof v === "number") return formatNumber(v);
    if (typeof v === "string") return escapeJsonString(v);
    if (v instanceof JFunction) fail2(`Tried to manifest function at ${pathText(path)}`);
    return nested(ctx, () => {
      if (v instanceof JArray) {
        const xs = items(v);
        if (xs.length === 0) return "[]";
        if (inline) return "[ " + xs.map((x, i) => renderValue(x, [...path, i], true, "")).join(", ") + " ]";
        const inner = indent + indentUnit;
        return "[\n" + xs.map((x, i) => inner + renderValue(x, [...path, i], true, inner)).join(",\n") + "\n" + indent + "]";
      }
      const fs = fields(ctx, v);
      if (fs.length === 0) return "{ }";
      return "{ " + fs.map(([k, x]) => `${bareKey(k)} = ${renderValue(x, [...path, k], true, "")}`).join(", ") + " }";
    });
  };
  const renderTableInternal = (obj2, path, indent) => {
    const fs = fields(ctx, obj2);
    const plain2 = fs.filter(([, x]) => !isSection(x)).map(([k, x]) => indent + bareKey(k) + " = " + renderValue(x, [...path, k], false, indent));
    const sections = fs.filter(([, x]) => isSection(x)).map(([k, x]) => {
      const p = [...path, k];
      if (isTable(x)) return renderTable(x, p, indent);
      return items(x).map((t, i) => renderTableArrayElement(t, p, i, indent)).join("\n\n");
    });
    const plainText = plain2.join("\n");
    if (sections.length === 0) return plainText;
    return (plainText ? plainText + "\n\n" : "") + sections.join("\n\n");
  };
  const headerPath = (path) => path.filter((p) => typeof p === "string").map((p) => bareKey(String(p))).join(".");
  const renderTable = (obj2, path, indent) => {
    const body = nested(ctx, () => renderTableInternal(obj2, path, indent + indentUnit));
    return indent + "[" + headerPath(path) + "]" + (body ? "\n" + body : "");
  };
  const renderTableArrayElement = (obj2, path, i, indent) => {
    const body = nested(ctx, () => renderTableInternal(obj2, [...path, i], indent + indentUnit));
    return indent + "[[" + headerPath(path) + "]]" + (body ? "\n" + body : "");
  };
  return renderTableInternal(value2, [], "");
}

// src/jsonnet/lexer.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "assert",
  "else",
  "error",
  "false",
  "for",
  "function",
  "if",
  "import",
  "importstr",
  "importbin",
  "in",
  "local",
  "null",
  "tailstrict",
  "then",
  "self",
  "super",
  "true"
]);
var OPERATOR_CHARS = new Set("!:~+-&|^=<>*/%");
var isDigit = (c) => c >= "0" && c <= "9";
var isIdentStart = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_";
var isIdentPartCode = (code) => code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95;
var isHex = (c) => /^[0-9a-fA-F]$/.test(c);
var SINGLE_CHAR_TOKENS = new Set("{}[](),.;$");
function token(kind, text, line, column, numberValue, stringStyle) {
  return { kind, text, numberValue, stringStyle, line, column };
}
function tokenize2(source, filename) {
  const tokens = [];
  let pos2 = 0;
  let line = 1;
  let lineStart = 0;
  const n = source.length;
  const fail2 = (message, atLine = line, atColumn = pos2 - lineStart + 1) => {
    throw new JsonnetError("syntax", message, { file: filename, line: atLine, column: atColumn });
  };
  const newline = (at) => {
    line++;
    lineStart = at + 1;
  };
  const skipWhitespaceAndComments = () => {
    while (pos2 < n) {
      const c = source[pos2];
      if (c === "\n") {
        newline(pos2);
        pos2++;
      } else if (c === " " || c === "	" || c === "\r") {
        pos2++;
      } else if (c === "#" || c === "/" && source[pos2 + 1] === "/") {
        while (pos2 < n && source[pos2] !== "\n") pos2++;
      } else if (c === "/" && source[pos2 + 1] === "*") {
        const startLine = line;
        const startCol = pos2 - lineStart + 1;
        pos2 += 2;
        while (pos2 < n && !(source[pos2] === "*" && source[pos2 + 1] === "/")) {
          if (source[pos2] === "\n") newline(pos2);
          pos2++;
        }
        if (pos2 >= n) fail2("multi-line comment has no terminating */", startLine, startCol);
        pos2 += 2;
      } else {
        break;
      }
    }
  };
  const lexNumber = (startCol) => {
    const start = pos2;
    const digits = () => {
      while (pos2 < n && (isDigit(source[pos2]) || source[pos2] === "_" && isDigit(source[pos2 + 1] ?? "") && isDigit(source[pos2 - 1] ?? ""))) pos2++;
    };
    if (source[pos2] === "0") {
      pos2++;
    } else {
      digits();
    }
    if (source[pos2] === ".") {
      if (!isDigit(source[pos2 + 1] ?? "")) fail2(`couldn't lex number, junk after decimal point: ${JSON.stringify(source[pos2 + 1] ?? "EOF")}`);
      pos2++;
      digits();
    }
    if (source[pos2] === "e" || source[pos2] === "E") {
      pos2++;
      if (source[pos2] === "+" || source[pos2] === "-") pos2++;
      if (!isDigit(source[pos2] ?? "")) fail2(`couldn't lex number, junk after 'E': ${JSON.stringify(source[pos2] ?? "EOF")}`);
      digits();
    }
    const text = source.slice(start, pos2).replace(/_/g, "");
    return token("number", text, line, startCol, Number(text));
  };
  const lexQuoted = (quote, startLine, startCol) => {
    pos2++;
    let out = "";
    for (; ; ) {
      if (pos2 >= n) fail2("unterminated string", startLine, startCol);
      const c = source[pos2];
      if (c === quote) {
        pos2++;
        return out;
      }
      if (c === "\n") {
        newline(pos2);
        out += c;
        pos2++;
        continue;
      }
      if (c !== "\\") {
        let end = pos2 + 1;
        while (end < n) {
          const next = source[end];
          if (next === quote || next === "\\" || next === "\n") break;
          end++;
        }
        out += source.slice(pos2, end);
        pos2 = end;
        continue;
      }
      const e = source[pos2 + 1];
      if (e === void 0) fail2("unterminated string", startLine, startCol);
      const escapeColumn = pos2 - lineStart + 1;
      pos2 += 2;
      switch (e) {
        case '"':
          out += '"';
          break;
        case "'":
          out += "'";
          break;
        case "\\":
          out += "\\";
          break;
        case "/":
          out += "/";
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "	";
          break;
        case "u": {
          const readHex = () => {
            const hex = source.slice(pos2, pos2 + 4);
            if (hex.length < 4 || ![...hex].every(isHex)) fail2("Unicode escape sequence was truncated or had non-hex digits");
            pos2 += 4;
            return parseInt(hex, 16);
          };
          let code = readHex();
          if (code >= 55296 && code <= 56319 && source[pos2] === "\\" && source[pos2 + 1] === "u") {
            const save = pos2;
            pos2 += 2;
            const low = readHex();
            if (low >= 56320 && low <= 57343) {
              code = 65536 + (code - 55296 << 10) + (low - 56320);
            } else {
              pos2 = save;
            }
          }
          out += String.fromCodePoint(code);
          break;
        }
        default:
          fail2(`unknown escape sequence in string literal: '\\${e}'`, line, escapeColumn);
      }
    }
  };
  const lexVerbatim = (quote, startLine, startCol) => {
    pos2 += 2;
    let out = "";
    for (; ; ) {
      if (pos2 >= n) fail2("unterminated string", startLine, startCol);
      const c = source[pos2];
      if (c === quote) {
        if (source[pos2 + 1] === quote) {
          out += quote;
          pos2 += 2;
          continue;
        }
        pos2++;
        return out;
      }
      if (c === "\n") newline(pos2);
      out += c;
      pos2++;
    }
  };
  const describeWhitespace = (ws) => {
    const spaces = [...ws].filter((c) => c === " ").length;
    const tabs = ws.length - spaces;
    const parts = [];
    if (spaces) parts.push(`${spaces} space${spaces === 1 ? "" : "s"}`);
    if (tabs) parts.push(`${tabs} tab${tabs === 1 ? "" : "s"}`);
    return parts.join(", ") || "none";
  };
  const lexTextBlock = (startLine, startCol) => {
    pos2 += 3;
    let chomp = false;
    if (source[pos2] === "-") {
      chomp = true;
      pos2++;
    }
    while (pos2 < n && (source[pos2] === " " || source[pos2] === "	" || source[pos2] === "\r")) pos2++;
    if (source[pos2] !== "\n") fail2("text block syntax requires new line after |||.", startLine, startCol);
    newline(pos2);
    pos2++;
    let out = "";
    while (pos2 < n && source[pos2] === "\n") {
      out += "\n";
      newline(pos2);
      pos2++;
    }
    let prefixEnd = pos2;
    while (prefixEnd < n && (source[prefixEnd] === " " || source[prefixEnd] === "	")) prefixEnd++;
    const prefix = source.slice(pos2, prefixEnd);
    if (prefixEnd >= n) fail2("unexpected EOF", startLine, startCol);
    if (prefix.length === 0) fail2("text block's first line must start with whitespace", startLine, startCol);
    for (; ; ) {
      pos2 += prefix.length;
      const lineEnd = source.indexOf("\n", pos2);
      if (lineEnd < 0) fail2("unexpected EOF", startLine, startCol);
      out += source.slice(pos2, lineEnd + 1);
      newline(lineEnd);
      pos2 = lineEnd + 1;
      while (pos2 < n && source[pos2] === "\n") {
        out += "\n";
        newline(pos2);
        pos2++;
      }
      if (source.startsWith(prefix, pos2)) continue;
      let wsEnd = pos2;
      while (wsEnd < n && (source[wsEnd] === " " || source[wsEnd] === "	")) wsEnd++;
      if (source.startsWith("|||", wsEnd)) {
        pos2 = wsEnd + 3;
        break;
      }
      if (wsEnd >= n) fail2("text block not terminated with |||", startLine, startCol);
      const found = source.slice(pos2, wsEnd);
      if (found.length === 0 || wsEnd === pos2) fail2("text block not terminated with |||", startLine, startCol);
      fail2(
        `text block indentation mismatch: expected at least ${describeWhitespace(prefix)}, found ${describeWhitespace(found)}`,
        startLine,
        startCol
      );
    }
    if (chomp && out.endsWith("\n")) out = out.slice(0, -1);
    return out;
  };
  for (; ; ) {
    skipWhitespaceAndComments();
    const col = pos2 - lineStart + 1;
    if (pos2 >= n) {
      tokens.push(token("eof", "", line, col));
      return tokens;
    }
    const c = source[pos2];
    const startLine = line;
    if (SINGLE_CHAR_TOKENS.has(c)) {
      if (c === "." && isDigit(source[pos2 + 1] ?? "")) fail2('unexpected: "." while parsing terminal');
      tokens.push(token(c, c, line, col));
      pos2++;
    } else if (isDigit(c)) {
      tokens.push(lexNumber(col));
    } else if (isIdentStart(c)) {
      const start = pos2;
      while (pos2 < n && isIdentPartCode(source.charCodeAt(pos2))) pos2++;
      const text = source.slice(start, pos2);
      tokens.push(token(KEYWORDS.has(text) ? "keyword" : "identifier", text, line, col));
    } else if (c === '"' || c === "'") {
      const text = lexQuoted(c, startLine, col);
      tokens.push(token("string", text, startLine, col, void 0, "quoted"));
    } else if (c === "@" && (source[pos2 + 1] === '"' || source[pos2 + 1] === "'")) {
      const text = lexVerbatim(source[pos2 + 1], startLine, col);
      tokens.push(token("string", text, startLine, col, void 0, "verbatim"));
    } else if (c === "|" && source.startsWith("|||", pos2)) {
      const text = lexTextBlock(startLine, col);
      tokens.push(token("string", text, startLine, col, void 0, "block"));
    } else if (OPERATOR_CHARS.has(c)) {
      const start = pos2;
      while (pos2 < n && OPERATOR_CHARS.has(source[pos2])) {
        if (pos2 > start && (source.startsWith("//", pos2) || source.startsWith("/*", pos2) || source.startsWith("|||", pos2))) break;
        pos2++;
      }
      while (pos2 - start > 1 && "+-~!".includes(source[pos2 - 1])) pos2--;
      tokens.push(token("operator", source.slice(start, pos2), line, col));
    } else {
      fail2(`could not lex the character ${JSON.stringify(c)}`);
    }
  }
}

// src/jsonnet/static-check.ts
var has = (scope, name) => {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
  return false;
};
function checkStatically(root, filename) {
  const fail2 = (message, at) => {
    throw new JsonnetError("syntax", message, { file: filename, line: at.line, column: at.column });
  };
  const withNames = (scope, names) => ({ names: new Set(names), parent: scope });
  const checkSpecs = (specs, scope, inObject) => {
    let current = scope;
    for (const spec of specs) {
      if (spec.kind === "for") {
        visit2(spec.source, current, inObject);
        current = withNames(current, [spec.varName]);
      } else {
        visit2(spec.condition, current, inObject);
      }
    }
    return current;
  };
  const visit2 = (e, scope, inObject) => {
    switch (e.type) {
      case "Literal":
      case "Import":
        return;
      case "Self":
        if (!inObject) fail2("Can't use self outside of an object.", e.loc);
        return;
      case "Dollar":
        if (!inObject) fail2("No top-level object found.", e.loc);
        return;
      case "Var":
        if (!has(scope, e.name)) fail2(`Unknown variable: ${e.name}`, e.loc);
        return;
      case "SuperIndex":
        if (!inObject) fail2("Can't use super outside of an object.", e.loc);
        visit2(e.index, scope, inObject);
        return;
      case "InSuper":
        if (!inObject) fail2("Can't use super outside of an object.", e.loc);
        visit2(e.key, scope, inObject);
        return;
      case "Array":
        for (const el of e.elements) visit2(el, scope, inObject);
        return;
      case "ArrayComp": {
        const inner = checkSpecs(e.specs, scope, inObject);
        visit2(e.body, inner, inObject);
        return;
      }
      case "Object": {
        const locals = [];
        const fieldNames = /* @__PURE__ */ new Set();
        for (const m of e.members) {
          if (m.kind === "local") locals.push(m.bind.name);
          if (m.kind === "field") {
            if (m.computed) visit2(m.name, scope, inObject);
            else if (m.name.type === "Literal" && typeof m.name.value === "string") {
              if (fieldNames.has(m.name.value)) fail2(`Duplicate field: ${m.name.value}`, m.loc);
              fieldNames.add(m.name.value);
            }
          }
        }
        const inner = withNames(scope, locals);
        for (const m of e.members) {
          if (m.kind === "local") visit2(m.bind.value, inner, true);
          else if (m.kind === "field") visit2(m.value, inner, true);
          else {
            visit2(m.condition, inner, true);
            if (m.message) visit2(m.message, inner, true);
          }
        }
        return;
      }
      case "ObjectComp": {
        const specScope = checkSpecs(e.specs, scope, inObject);
        visit2(e.key, specScope, inObject);
        const inner = withNames(specScope, e.locals.map((b) => b.name));
        for (const b of e.locals) visit2(b.value, inner, true);
        visit2(e.value, inner, true);
        return;
      }
      case "Index":
        visit2(e.target, scope, inObject);
        visit2(e.index, scope, inObject);
        return;
      case "Slice":
        visit2(e.target, scope, inObject);
        if (e.start) visit2(e.start, scope, inObject);
        if (e.end) visit2(e.end, scope, inObject);
        if (e.step) visit2(e.step, scope, inObject);
        return;
      case "Apply":
        visit2(e.fn, scope, inObject);
        for (const a of e.args) visit2(a, scope, inObject);
        for (const a of e.named) visit2(a.value, scope, inObject);
        return;
      case "Local": {
        const names = /* @__PURE__ */ new Set();
        for (const b of e.binds) {
          if (names.has(b.name)) fail2(`Duplicate local var: ${b.name}`, b.loc);
          names.add(b.name);
        }
        const inner = withNames(scope, names);
        for (const b of e.binds) visit2(b.value, inner, inObject);
        visit2(e.body, inner, inObject);
        return;
      }
      case "If":
        visit2(e.condition, scope, inObject);
        visit2(e.then, scope, inObject);
        if (e.else) visit2(e.else, scope, inObject);
        return;
      case "Binary":
        visit2(e.left, scope, inObject);
        visit2(e.right, scope, inObject);
        return;
      case "Unary":
        visit2(e.operand, scope, inObject);
        return;
      case "Function": {
        const names = /* @__PURE__ */ new Set();
        for (const p of e.params) {
          if (names.has(p.name)) fail2(`Duplicate function parameter: ${p.name}`, e.loc);
          names.add(p.name);
        }
        const inner = withNames(scope, names);
        for (const p of e.params) if (p.defaultValue) visit2(p.defaultValue, inner, inObject);
        visit2(e.body, inner, inObject);
        return;
      }
      case "Assert":
        visit2(e.condition, scope, inObject);
        if (e.message) visit2(e.message, scope, inObject);
        visit2(e.rest, scope, inObject);
        return;
      case "Error":
        visit2(e.value, scope, inObject);
        return;
    }
  };
  visit2(root, { names: /* @__PURE__ */ new Set(["std"]) }, false);
}

// src/jsonnet/parser.ts
var BINARY_PRECEDENCE = {
  "*": 10,
  "/": 10,
  "%": 10,
  "+": 9,
  "-": 9,
  "<<": 8,
  ">>": 8,
  "<": 7,
  "<=": 7,
  ">": 7,
  ">=": 7,
  "in": 7,
  "==": 6,
  "!=": 6,
  "&": 5,
  "^": 4,
  "|": 3,
  "&&": 2,
  "||": 1
};
var UNARY_OPERATORS = /* @__PURE__ */ new Set(["-", "+", "!", "~"]);
var MAX_PARSE_DEPTH = 500;
var pos = (t) => ({ line: t.line, column: t.column });
var Parser = class {
  constructor(tokens, filename) {
    this.tokens = tokens;
    this.filename = filename;
  }
  tokens;
  filename;
  index = 0;
  depth = 0;
  peek(offset = 0) {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }
  next() {
    const t = this.peek();
    if (t.kind !== "eof") this.index++;
    return t;
  }
  fail(message, at = this.peek()) {
    throw new JsonnetError("syntax", message, { file: this.filename, line: at.line, column: at.column });
  }
  describe(t) {
    if (t.kind === "eof") return "end of file";
    if (t.kind === "string") return `string ${JSON.stringify(t.text)}`;
    return t.text;
  }
  isOp(text, t = this.peek()) {
    return t.kind === "operator" && t.text === text;
  }
  isKeyword(text, t = this.peek()) {
    return t.kind === "keyword" && t.text === text;
  }
  expectKind(kind, context) {
    const t = this.peek();
    if (t.kind !== kind) {
      if (t.kind === "eof") this.fail("unexpected end of file.");
      this.fail(`expected token ${kind} but got ${this.describe(t)} ${context}`.trim());
    }
    return this.next();
  }
  expectOp(text, context) {
    if (!this.isOp(text)) this.fail(`expected operator ${text} but got ${this.describe(this.peek())} ${context}`.trim());
    return this.next();
  }
  expectKeyword(text) {
    if (!this.isKeyword(text)) this.fail(`expected ${text} but got ${this.describe(this.peek())}`);
    return this.next();
  }
  identifier(context) {
    const t = this.peek();
    if (t.kind !== "identifier") this.fail(`expected identifier but got ${this.describe(t)} ${context}`.trim());
    return this.next();
  }
  parseProgram() {
    const e = this.parseExpr();
    const t = this.peek();
    if (t.kind !== "eof") this.fail(`did not expect: ${this.describe(t)}`);
    return e;
  }
  parseExpr(minPrecedence = 0) {
    if (++this.depth > MAX_PARSE_DEPTH) this.fail("Exceeded maximum parse depth limit.");
    try {
      let left = this.parseUnary();
      for (; ; ) {
        const t = this.peek();
        let op;
        if (t.kind === "operator" && BINARY_PRECEDENCE[t.text] !== void 0) op = t.text;
        else if (this.isKeyword("in", t)) op = "in";
        if (op === void 0) break;
        const prec = BINARY_PRECEDENCE[op];
        if (prec <= minPrecedence) break;
        this.next();
        if (op === "in" && this.isKeyword("super")) {
          this.next();
          left = { type: "InSuper", key: left, loc: left.loc };
          continue;
        }
        const right = this.parseExpr(prec);
        left = { type: "Binary", op, left, right, loc: left.loc };
      }
      return left;
    } finally {
      this.depth--;
    }
  }
  parseUnary() {
    const t = this.peek();
    if (t.kind === "operator" && UNARY_OPERATORS.has(t.text)) {
      this.next();
      if (++this.depth > MAX_PARSE_DEPTH) this.fail("Exceeded maximum parse depth limit.");
      try {
        const operand = this.parseUnary();
        return { type: "Unary", op: t.text, operand, loc: pos(t) };
      } finally {
        this.depth--;
      }
    }
    if (t.kind === "operator") this.fail(`not a unary operator: ${t.text}`);
    return this.parsePostfix(this.parsePrimary());
  }
  parsePostfix(start) {
    let e = start;
    for (; ; ) {
      const t = this.peek();
      if (t.kind === ".") {
        this.next();
        const id = this.identifier("after .");
        e = { type: "Index", target: e, index: { type: "Literal", value: id.text, loc: pos(id) }, name: id.text, loc: e.loc };
      } else if (t.kind === "[") {
        this.next();
        e = this.parseIndexOrSlice(e);
      } else if (t.kind === "(") {
        this.next();
        const { args, named } = this.parseArgs();
        let tailstrict = false;
        if (this.isKeyword("tailstrict")) {
          this.next();
          tailstrict = true;
        }
        e = { type: "Apply", fn: e, args, named, tailstrict, loc: e.loc };
      } else if (t.kind === "{") {
        const right = this.parsePrimary();
        e = { type: "Binary", op: "+", left: e, right, loc: e.loc };
      } else {
        return e;
      }
    }
  }
  parseIndexOrSlice(target) {
    const parts = [void 0];
    let colons = 0;
    for (; ; ) {
      const t = this.peek();
      if (t.kind === "]") {
        this.next();
        break;
      }
      if (t.kind === "eof") this.fail("unexpected end of file.");
      if (this.isOp(":") || this.isOp("::")) {
        const count = t.text.length;
        this.next();
        for (let i = 0; i < count; i++) {
          colons++;
          parts.push(void 0);
        }
        if (colons > 2) this.fail("invalid slice: too many colons", t);
        continue;
      }
      if (parts[parts.length - 1] !== void 0) this.fail(`expected token ] but got ${this.describe(t)}`);
      parts[parts.length - 1] = this.parseExpr();
    }
    if (colons === 0) {
      if (!parts[0]) this.fail("expected an index expression", target.loc);
      return { type: "Index", target, index: parts[0], loc: target.loc };
    }
    const slice = {
      type: "Slice",
      target,
      ...parts[0] ? { start: parts[0] } : {},
      ...parts[1] ? { end: parts[1] } : {},
      ...parts[2] ? { step: parts[2] } : {},
      loc: target.loc
    };
    return slice;
  }
  parseArgs() {
    const args = [];
    const named = [];
    for (; ; ) {
      const t = this.peek();
      if (t.kind === ")") {
        this.next();
        return { args, named };
      }
      if (t.kind === "identifier" && this.isOp("=", this.peek(1))) {
        this.next();
        this.next();
        named.push({ name: t.text, value: this.parseExpr() });
      } else {
        if (named.length > 0) this.fail("Positional argument after a named argument is not allowed", t);
        args.push(this.parseExpr());
      }
      const after = this.peek();
      if (after.kind === ",") {
        this.next();
      } else if (after.kind !== ")") {
        if (after.kind === "eof") this.fail("unexpected end of file.");
        this.fail(`expected a comma before next function argument, got ${this.describe(after)}.`);
      }
    }
  }
  parseParams() {
    this.expectKind("(", "in function parameters");
    const params = [];
    for (; ; ) {
      const t = this.peek();
      if (t.kind === ")") {
        this.next();
        return params;
      }
      const id = this.identifier("in function parameters");
      if (this.isOp("=")) {
        this.next();
        params.push({ name: id.text, defaultValue: this.parseExpr(), loc: pos(id) });
      } else {
        params.push({ name: id.text, loc: pos(id) });
      }
      const after = this.peek();
      if (after.kind === ",") this.next();
      else if (after.kind !== ")") this.fail(`expected , or ) after function parameter but got ${this.describe(after)}`);
    }
  }
  parseBind() {
    const id = this.identifier("in local binding");
    if (this.peek().kind === "(") {
      const params = this.parseParams();
      this.expectOp("=", "in local function binding");
      const body = this.parseExpr();
      return { name: id.text, value: { type: "Function", params, body, name: id.text, loc: pos(id) }, loc: pos(id) };
    }
    this.expectOp("=", "in local binding");
    const value2 = this.parseExpr();
    if (value2.type === "Function" && !value2.name) value2.name = id.text;
    return { name: id.text, value: value2, loc: pos(id) };
  }
  parseStringLiteral(t) {
    return { type: "Literal", value: t.text, loc: pos(t) };
  }
  parsePrimary() {
    const t = this.peek();
    switch (t.kind) {
      case "number":
        this.next();
        return { type: "Literal", value: t.numberValue, loc: pos(t) };
      case "string":
        this.next();
        return this.parseStringLiteral(t);
      case "identifier":
        this.next();
        return { type: "Var", name: t.text, loc: pos(t) };
      case "$":
        this.next();
        return { type: "Dollar", loc: pos(t) };
      case "(": {
        this.next();
        const inner = this.parseExpr();
        this.expectKind(")", "to close parenthesis");
        return inner;
      }
      case "[":
        this.next();
        return this.parseArray(t);
      case "{":
        this.next();
        return this.parseObject(t);
      case "keyword":
        return this.parseKeywordExpr(t);
      case "eof":
        this.fail("unexpected end of file.");
      // falls through (fail never returns)
      default:
        this.fail(`unexpected: ${this.describe(t)} while parsing terminal`);
    }
  }
  parseKeywordExpr(t) {
    switch (t.text) {
      case "null":
        this.next();
        return { type: "Literal", value: null, loc: pos(t) };
      case "true":
        this.next();
        return { type: "Literal", value: true, loc: pos(t) };
      case "false":
        this.next();
        return { type: "Literal", value: false, loc: pos(t) };
      case "self":
        this.next();
        return { type: "Self", loc: pos(t) };
      case "super": {
        this.next();
        const after = this.peek();
        if (after.kind === ".") {
          this.next();
          const id = this.identifier("after super.");
          return { type: "SuperIndex", index: { type: "Literal", value: id.text, loc: pos(id) }, loc: pos(t) };
        }
        if (after.kind === "[") {
          this.next();
          const index = this.parseExpr();
          this.expectKind("]", "to close super index");
          return { type: "SuperIndex", index, loc: pos(t) };
        }
        this.fail("expected . or [ after super");
      }
      // falls through (fail never returns)
      case "local": {
        this.next();
        const binds = [this.parseBind()];
        while (this.peek().kind === ",") {
          this.next();
          binds.push(this.parseBind());
        }
        this.expectKind(";", "after local bindings");
        const body = this.parseExpr();
        return { type: "Local", binds, body, loc: pos(t) };
      }
      case "if": {
        this.next();
        const condition = this.parseExpr();
        this.expectKeyword("then");
        const then = this.parseExpr();
        if (this.isKeyword("else")) {
          this.next();
          return { type: "If", condition, then, else: this.parseExpr(), loc: pos(t) };
        }
        return { type: "If", condition, then, loc: pos(t) };
      }
      case "function": {
        this.next();
        const params = this.parseParams();
        const body = this.parseExpr();
        return { type: "Function", params, body, loc: pos(t) };
      }
      case "assert": {
        this.next();
        const condition = this.parseExpr();
        let message;
        if (this.isOp(":")) {
          this.next();
          message = this.parseExpr();
        }
        this.expectKind(";", "after assert");
        const rest = this.parseExpr();
        return message ? { type: "Assert", condition, message, rest, loc: pos(t) } : { type: "Assert", condition, rest, loc: pos(t) };
      }
      case "error": {
        this.next();
        return { type: "Error", value: this.parseExpr(), loc: pos(t) };
      }
      case "import":
      case "importstr":
      case "importbin": {
        this.next();
        const pathToken = this.peek();
        const pathExpr = this.parseExpr();
        if (pathExpr.type !== "Literal" || typeof pathExpr.value !== "string") this.fail("computed imports are not allowed.", pathToken);
        if (pathToken.stringStyle === "block") this.fail("Cannot use text blocks in import statements.", pathToken);
        return { type: "Import", kind: t.text, path: pathExpr.value, loc: pos(t) };
      }
      default:
        this.fail(`unexpected: ${t.text} while parsing terminal`);
    }
  }
  parseCompSpecs() {
    const specs = [];
    for (; ; ) {
      const t = this.peek();
      if (this.isKeyword("for")) {
        this.next();
        const id = this.identifier("after for");
        this.expectKeyword("in");
        specs.push({ kind: "for", varName: id.text, source: this.parseExpr(), loc: pos(t) });
      } else if (this.isKeyword("if")) {
        this.next();
        specs.push({ kind: "if", condition: this.parseExpr(), loc: pos(t) });
      } else {
        return specs;
      }
    }
  }
  parseArray(open) {
    const elements = [];
    for (; ; ) {
      const t = this.peek();
      if (t.kind === "]") {
        this.next();
        return { type: "Array", elements, loc: pos(open) };
      }
      if (elements.length > 0 && !(this.tokens[this.index - 1].kind === ",")) {
        this.fail("expected a comma before next array element.");
      }
      const element = this.parseExpr();
      if (this.isKeyword("for") || this.peek().kind === "," && this.isKeyword("for", this.peek(1))) {
        if (elements.length > 0) this.fail("array comprehension must have exactly one element", element.loc);
        if (this.peek().kind === ",") this.next();
        const specs = this.parseCompSpecs();
        this.expectKind("]", "to close array comprehension");
        return { type: "ArrayComp", body: element, specs, loc: pos(open) };
      }
      elements.push(element);
      const after = this.peek();
      if (after.kind === ",") this.next();
      else if (after.kind !== "]") {
        if (after.kind === "eof") this.fail("unexpected end of file.");
        this.fail("expected a comma before next array element.");
      }
    }
  }
  /** Parses `:`, `::`, `:::` optionally preceded by `+`. */
  parseFieldColon() {
    const t = this.peek();
    const table2 = {
      ":": { plus: false, visibility: "default" },
      "::": { plus: false, visibility: "hidden" },
      ":::": { plus: false, visibility: "forced" },
      "+:": { plus: true, visibility: "default" },
      "+::": { plus: true, visibility: "hidden" },
      "+:::": { plus: true, visibility: "forced" }
    };
    const found = t.kind === "operator" ? table2[t.text] : void 0;
    if (!found) this.fail(`expected one of :, ::, :::, +:, +::, +:::, got: ${this.describe(t)}`);
    this.next();
    return found;
  }
  parseObject(open) {
    const members = [];
    let sawComma = true;
    for (; ; ) {
      const t = this.peek();
      if (t.kind === "}") {
        this.next();
        break;
      }
      if (!sawComma) this.fail("expected a comma before next field.");
      if (this.isKeyword("for") && members.length > 0) {
        return this.finishObjectComprehension(open, members);
      }
      if (this.isKeyword("local")) {
        this.next();
        members.push({ kind: "local", bind: this.parseBind() });
      } else if (this.isKeyword("assert")) {
        this.next();
        const condition = this.parseExpr();
        if (this.isOp(":")) {
          this.next();
          members.push({ kind: "assert", condition, message: this.parseExpr(), loc: pos(t) });
        } else {
          members.push({ kind: "assert", condition, loc: pos(t) });
        }
      } else {
        members.push(this.parseField());
      }
      sawComma = false;
      const after = this.peek();
      if (after.kind === ",") {
        this.next();
        sawComma = true;
      } else if (this.isKeyword("for", after)) {
        return this.finishObjectComprehension(open, members);
      }
    }
    const seen = /* @__PURE__ */ new Set();
    for (const m of members) {
      if (m.kind !== "local") continue;
      if (seen.has(m.bind.name)) this.fail(`duplicate local var: ${m.bind.name}`, m.bind.loc);
      seen.add(m.bind.name);
    }
    return { type: "Object", members, loc: pos(open) };
  }
  parseField() {
    const t = this.peek();
    let name;
    let computed = false;
    if (t.kind === "identifier") {
      this.next();
      name = { type: "Literal", value: t.text, loc: pos(t) };
    } else if (t.kind === "string") {
      this.next();
      name = this.parseStringLiteral(t);
    } else if (t.kind === "[") {
      this.next();
      name = this.parseExpr();
      this.expectKind("]", "to close computed field name");
      computed = true;
    } else {
      if (t.kind === "eof") this.fail("unexpected end of file.");
      this.fail(`unexpected: ${this.describe(t)} while parsing field definition`);
    }
    if (this.peek().kind === "(") {
      const params = this.parseParams();
      const { plus: plus2, visibility: visibility2 } = this.parseFieldColon();
      if (plus2) this.fail(`cannot use +: syntax sugar in a method: ${name.type === "Literal" ? String(name.value) : ""}`, t);
      const body = this.parseExpr();
      const fn = { type: "Function", params, body, loc: pos(t), ...name.type === "Literal" ? { name: String(name.value) } : {} };
      return { kind: "field", name, computed, visibility: visibility2, plus: false, value: fn, loc: pos(t) };
    }
    const { plus, visibility } = this.parseFieldColon();
    const value2 = this.parseExpr();
    if (value2.type === "Function" && !value2.name && name.type === "Literal") value2.name = String(name.value);
    return { kind: "field", name, computed, visibility, plus, value: value2, loc: pos(t) };
  }
  finishObjectComprehension(open, members) {
    const fields2 = members.filter((m) => m.kind === "field");
    if (members.some((m) => m.kind === "assert")) this.fail("Object comprehension cannot have asserts.", open);
    if (fields2.length !== 1) this.fail("Object comprehension can only have one field.", open);
    const field = fields2[0];
    if (!field.computed) this.fail("Object comprehensions can only have [e] fields.", field.loc);
    const locals = [];
    const seen = /* @__PURE__ */ new Set();
    for (const m of members) {
      if (m.kind !== "local") continue;
      if (seen.has(m.bind.name)) this.fail(`duplicate local var: ${m.bind.name}`, m.bind.loc);
      seen.add(m.bind.name);
      locals.push(m.bind);
    }
    const specs = this.parseCompSpecs();
    this.expectKind("}", "to close object comprehension");
    return {
      type: "ObjectComp",
      locals,
      key: field.name,
      visibility: field.visibility,
      plus: field.plus,
      value: field.value,
      specs,
      loc: pos(open)
    };
  }
};
function parseProgram(source, filename = "<snippet>") {
  const tokens = tokenize2(source, filename);
  const root = new Parser(tokens, filename).parseProgram();
  checkStatically(root, filename);
  return { root, filename };
}

// src/jsonnet/stdlib.ts
var import_node_crypto4 = __toESM(require_node_crypto(), 1);
var import_yaml4 = __toESM(require_dist2(), 1);

// src/jsonnet/format.ts
function parseSpec(fmt, start, fail2) {
  let i = start;
  const spec = { alternate: false, zero: false, left: false, blank: false, plus: false, width: void 0, precision: void 0, conversion: "" };
  if (fmt[i] === "(") {
    const close = fmt.indexOf(")", i);
    if (close < 0) fail2("Truncated format code.");
    spec.key = fmt.slice(i + 1, close).join("");
    i = close + 1;
  }
  for (; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === "#") spec.alternate = true;
    else if (c === "0") spec.zero = true;
    else if (c === "-") spec.left = true;
    else if (c === " ") spec.blank = true;
    else if (c === "+") spec.plus = true;
    else break;
  }
  const readNumber = () => {
    if (fmt[i] === "*") {
      i++;
      return "*";
    }
    let digits = "";
    while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") digits += fmt[i++];
    return digits ? Number(digits) : void 0;
  };
  spec.width = readNumber();
  if (fmt[i] === ".") {
    i++;
    spec.precision = readNumber() ?? 0;
  }
  while (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L") i++;
  if (i >= fmt.length) fail2("Truncated format code.");
  spec.conversion = fmt[i];
  if (!"diouxXeEfFgGcrs%".includes(spec.conversion)) fail2(`Unrecognised conversion type: ${spec.conversion}`);
  return { spec, end: i + 1 };
}
var pad = (s, width, left, ch = " ") => {
  const n = codePoints(s).length;
  if (n >= width) return s;
  return left ? s + " ".repeat(width - n) : ch.repeat(width - n) + s;
};
function formatNumeric(spec, width, negative, prefix, digits) {
  const sign = negative ? "-" : spec.plus ? "+" : spec.blank ? " " : "";
  if (spec.zero && !spec.left) {
    const zeros = Math.max(width - sign.length - prefix.length - digits.length, 0);
    return sign + prefix + "0".repeat(zeros) + digits;
  }
  return pad(sign + prefix + digits, width, spec.left);
}
function formatString(interp, format, values2, loc) {
  const fail2 = (m) => interp.fail(m, loc);
  const fmt = codePoints(format);
  const positional = values2 instanceof JArray ? values2.items.map((t) => t.get()) : values2 instanceof JObject ? null : [values2];
  let next = 0;
  const take = () => {
    if (!positional) fail2("Format string with positional codes needs an array of values.");
    if (next >= positional.length) fail2(`Not enough values to format: ${positional.length}, expected more than ${next}`);
    return positional[next++];
  };
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c !== "%") {
      out += c;
      i++;
      continue;
    }
    const { spec, end } = parseSpec(fmt, i + 1, fail2);
    i = end;
    let width = 0;
    if (spec.width === "*") {
      const w = take();
      if (typeof w !== "number") fail2(`A * was specified at position ${next} but the value was not a number.`);
      width = w;
    } else if (spec.width !== void 0) width = spec.width;
    let precision;
    if (spec.precision === "*") {
      const p = take();
      if (typeof p !== "number") fail2(`A * was specified at position ${next} but the value was not a number.`);
      precision = p;
    } else precision = spec.precision;
    if (spec.conversion === "%") {
      out += pad("%", width, spec.left);
      continue;
    }
    let value2;
    if (spec.key !== void 0) {
      if (!(values2 instanceof JObject)) fail2("Format string with mapping keys needs an object of values.");
      value2 = interp.getField(values2, spec.key, loc);
    } else {
      value2 = take();
    }
    out += formatOne(interp, spec, width, precision, value2, loc);
  }
  if (positional && next < positional.length) fail2(`Too many values to format: ${positional.length}, expected ${next}`);
  return out;
}
function formatOne(interp, spec, width, precision, value2, loc) {
  const fail2 = (m) => interp.fail(m, loc);
  const needNumber = () => {
    if (typeof value2 !== "number") fail2(`Format required number at ${spec.conversion}, got ${typeOf(value2)}`);
    return value2;
  };
  switch (spec.conversion) {
    case "s":
    case "r": {
      const s = typeof value2 === "string" ? value2 : interp.toStringValue(value2, loc);
      const cut = precision !== void 0 ? codePoints(s).slice(0, precision).join("") : s;
      return pad(cut, width, spec.left);
    }
    case "c": {
      let s;
      if (typeof value2 === "number") s = String.fromCodePoint(value2);
      else if (typeof value2 === "string" && codePoints(value2).length === 1) s = value2;
      else fail2(`%c expected 1-sized string got: ${typeof value2 === "string" ? codePoints(value2).length : typeOf(value2)}`);
      return pad(s, width, spec.left);
    }
    case "d":
    case "i":
    case "u": {
      const n = Math.trunc(needNumber());
      let digits = BigInt(Math.abs(n)).toString();
      if (precision !== void 0) digits = digits.padStart(precision, "0");
      return formatNumeric(spec, width, n < 0, "", digits);
    }
    case "o":
    case "x":
    case "X": {
      const n = Math.trunc(needNumber());
      const radix = spec.conversion === "o" ? 8 : 16;
      let digits = BigInt(Math.abs(n)).toString(radix);
      if (spec.conversion === "X") digits = digits.toUpperCase();
      if (precision !== void 0) digits = digits.padStart(precision, "0");
      let prefix = "";
      if (spec.alternate) {
        if (spec.conversion === "o") {
          if (!digits.startsWith("0")) prefix = "0";
        } else prefix = spec.conversion === "x" ? "0x" : "0X";
      }
      return formatNumeric(spec, width, n < 0, prefix, digits);
    }
    case "e":
    case "E": {
      const n = needNumber();
      let s = formatExponent(Math.abs(n), precision ?? 6, spec.alternate);
      if (spec.conversion === "E") s = s.toUpperCase();
      return formatNumeric(spec, width, n < 0 || Object.is(n, -0), "", s);
    }
    case "f":
    case "F": {
      const n = needNumber();
      const p = precision ?? 6;
      let s = toFixed(Math.abs(n), p);
      if (spec.alternate && p === 0) s += ".";
      return formatNumeric(spec, width, n < 0, "", s);
    }
    case "g":
    case "G": {
      const n = needNumber();
      let s = formatG(Math.abs(n), precision ?? 6, spec.alternate);
      if (spec.alternate && !s.includes(".")) {
        const e = s.indexOf("e");
        s = e >= 0 ? s.slice(0, e) + "." + s.slice(e) : s + ".";
      }
      if (spec.conversion === "G") s = s.toUpperCase();
      return formatNumeric(spec, width, n < 0, "", s);
    }
  }
  return fail2(`Unrecognised conversion type: ${spec.conversion}`);
}
function toFixed(v, p) {
  if (v < 1e21) return v.toFixed(Math.min(p, 100));
  return BigInt(Math.round(v)).toString() + (p > 0 ? "." + "0".repeat(p) : "");
}
function formatExponent(v, p, alternate) {
  const s = v.toExponential(Math.min(p, 100));
  let [mantissa, exp] = s.split("e");
  if (alternate && !mantissa.includes(".")) mantissa += ".";
  const sign = exp.startsWith("-") ? "-" : "+";
  return `${mantissa}e${sign}${exp.replace(/^[+-]/, "").padStart(2, "0")}`;
}

// src/jsonnet/stdlib.ts
var builtins = /* @__PURE__ */ new Map();
var paramsOf = (spec) => spec.map((p) => typeof p === "string" ? { name: p } : p);
function strict(name, params, impl) {
  builtins.set(
    name,
    JFunction.native(name, paramsOf(params), (args, ctx) => impl(args.map((a) => a ? a.get() : void 0), ctx))
  );
}
function lazy(name, params, impl) {
  builtins.set(name, JFunction.native(name, paramsOf(params), impl));
}
function fail(ctx, message) {
  return ctx.interp.fail(message, ctx.loc);
}
function expect(ctx, fn, v, type) {
  if (typeOf(v) !== type) fail(ctx, `Builtin function ${fn} expected (${type}) but got (${typeOf(v)})`);
  return v;
}
var str = (ctx, fn, v) => expect(ctx, fn, v, "string");
var num = (ctx, fn, v) => expect(ctx, fn, v, "number");
var arr = (ctx, fn, v) => expect(ctx, fn, v, "array");
var obj = (ctx, fn, v) => expect(ctx, fn, v, "object");
var func = (ctx, fn, v) => expect(ctx, fn, v, "function");
var values = (a) => a.items.map((t) => t.get());
var arrayOf = (xs) => new JArray(xs.map((x) => Thunk.of(x)));
var mctx = (ctx) => ({ interp: ctx.interp, loc: ctx.loc });
var checked = (ctx, v) => ctx.interp.checkNumber(v, ctx.loc);
function objectOf(entries) {
  const fields2 = /* @__PURE__ */ new Map();
  for (const [k, t] of entries) fields2.set(k, { visibility: "default", plus: false, thunk: t });
  return new JObject([{ fields: fields2, asserts: [], locals: [], env: Env.root() }]);
}
function toStr(ctx, v) {
  return typeof v === "string" ? v : ctx.interp.toStringValue(v, ctx.loc);
}
function checkArraySize(ctx, n) {
  if (n > MAX_ARRAY_LENGTH) fail(ctx, `array too large: ${n} elements`);
}
strict("type", ["x"], ([x]) => typeOf(x));
strict("isArray", ["v"], ([v]) => v instanceof JArray);
strict("isBoolean", ["v"], ([v]) => typeof v === "boolean");
strict("isFunction", ["v"], ([v]) => v instanceof JFunction);
strict("isNumber", ["v"], ([v]) => typeof v === "number");
strict("isObject", ["v"], ([v]) => v instanceof JObject);
strict("isString", ["v"], ([v]) => typeof v === "string");
strict("isNull", ["v"], ([v]) => v === null);
strict("length", ["x"], ([x], ctx) => {
  if (typeof x === "string") return stringLength(x);
  if (x instanceof JArray) return x.items.length;
  if (x instanceof JObject) return ctx.interp.visibleFields(x).length;
  if (x instanceof JFunction) return x.params.length;
  return fail(ctx, `length operates on strings, objects, functions and arrays, got ${typeOf(x)}`);
});
strict("objectHas", ["o", "f"], ([o, f], ctx) => ctx.interp.visibleFields(obj(ctx, "objectHas", o), false).includes(str(ctx, "objectHas", f)));
strict("objectHasAll", ["o", "f"], ([o, f], ctx) => obj(ctx, "objectHasAll", o).findLayer(str(ctx, "objectHasAll", f)) >= 0);
strict("objectHasEx", ["o", "f", "inc_hidden"], ([o, f, h], ctx) => {
  const object = obj(ctx, "objectHasEx", o);
  const name = str(ctx, "objectHasEx", f);
  const vis = object.fieldVisibility().get(name);
  return vis === void 0 ? false : h ? true : vis;
});
strict("objectFields", ["o"], ([o], ctx) => arrayOf(ctx.interp.visibleFields(obj(ctx, "objectFields", o))));
strict("objectFieldsAll", ["o"], ([o], ctx) => arrayOf(ctx.interp.visibleFields(obj(ctx, "objectFieldsAll", o), true)));
strict("objectFieldsEx", ["o", "inc_hidden"], ([o, h], ctx) => arrayOf(ctx.interp.visibleFields(obj(ctx, "objectFieldsEx", o), h === true)));
var objectValues = (ctx, o, hidden) => new JArray(ctx.interp.visibleFields(o, hidden).map((k) => Thunk.computed(() => ctx.interp.getField(o, k, ctx.loc))));
var objectKeysValues = (ctx, o, hidden) => new JArray(
  ctx.interp.visibleFields(o, hidden).map(
    (k) => Thunk.of(objectOf([["key", Thunk.of(k)], ["value", Thunk.computed(() => ctx.interp.getField(o, k, ctx.loc))]]))
  )
);
strict("objectValues", ["o"], ([o], ctx) => objectValues(ctx, obj(ctx, "objectValues", o), false));
strict("objectValuesAll", ["o"], ([o], ctx) => objectValues(ctx, obj(ctx, "objectValuesAll", o), true));
strict("objectKeysValues", ["o"], ([o], ctx) => objectKeysValues(ctx, obj(ctx, "objectKeysValues", o), false));
strict("objectKeysValuesAll", ["o"], ([o], ctx) => objectKeysValues(ctx, obj(ctx, "objectKeysValuesAll", o), true));
strict("objectRemoveKey", ["obj", "key"], ([o, key], ctx) => {
  const object = obj(ctx, "objectRemoveKey", o);
  const k = str(ctx, "objectRemoveKey", key);
  return new JObject(object.layers, [...object.removals, { key: k, start: 0, end: object.layers.length }]);
});
lazy("get", ["o", "f", { name: "default", defaultValue: null }, { name: "inc_hidden", defaultValue: true }], (args, ctx) => {
  const o = obj(ctx, "get", args[0].get());
  const f = str(ctx, "get", args[1].get());
  const vis = o.fieldVisibility().get(f);
  const incHidden = args[3].get();
  if (vis === void 0 || !vis && !incHidden) return args[2].get();
  return ctx.interp.getField(o, f, ctx.loc);
});
strict("mapWithKey", ["func", "obj"], ([f, o], ctx) => {
  const fn = func(ctx, "mapWithKey", f);
  const object = obj(ctx, "mapWithKey", o);
  return objectOf(
    ctx.interp.visibleFields(object).map((k) => [
      k,
      Thunk.computed(() => ctx.interp.callThunks(fn, [Thunk.of(k), Thunk.computed(() => ctx.interp.getField(object, k, ctx.loc))], ctx.loc))
    ])
  );
});
strict("prune", ["a"], ([a], ctx) => {
  const isContent = (v) => !(v === null || v instanceof JArray && v.items.length === 0 || v instanceof JObject && ctx.interp.visibleFields(v).length === 0);
  const prune = (v) => {
    if (v instanceof JArray) return arrayOf(values(v).map(prune).filter(isContent));
    if (v instanceof JObject) {
      const entries = [];
      for (const k of ctx.interp.visibleFields(v)) {
        const p = prune(ctx.interp.getField(v, k, ctx.loc));
        if (isContent(p)) entries.push([k, Thunk.of(p)]);
      }
      return objectOf(entries);
    }
    return v;
  };
  return prune(a);
});
lazy("extVar", ["x"], (args, ctx) => {
  const name = str(ctx, "extVar", args[0].get());
  const v = ctx.interp.options.extVars.get(name);
  if (!v) fail(ctx, `Undefined external variable: ${name}`);
  return v();
});
strict("native", ["name"], () => null);
lazy("trace", ["str", "rest"], (args, ctx) => {
  const first = args[0].get();
  if (typeof first !== "string") fail(ctx, `Builtin function trace expected string as first parameter but got ${typeOf(first)}`);
  const message = first;
  const where = ctx.interp.location(ctx.loc);
  ctx.interp.options.onTrace?.(message, where ?? { file: ctx.interp.options.filename, line: 0, column: 0 });
  return args[1].get();
});
strict("equals", ["a", "b"], ([a, b], ctx) => ctx.interp.equals(a, b, ctx.loc));
strict("primitiveEquals", ["a", "b"], ([a, b], ctx) => ctx.interp.equals(a, b, ctx.loc));
strict("assertEqual", ["a", "b"], ([a, b], ctx) => {
  if (ctx.interp.equals(a, b, ctx.loc)) return true;
  const show = (v) => manifestJson(mctx(ctx), v, "", false);
  return fail(ctx, `Assertion failed. ${show(a)} != ${show(b)}`);
});
strict("id", ["x"], ([x]) => x);
var math1 = (name, f) => strict(name, ["x"], ([x], ctx) => checked(ctx, f(num(ctx, name, x))));
math1("abs", Math.abs);
math1("sign", Math.sign);
math1("floor", Math.floor);
math1("ceil", Math.ceil);
math1("sqrt", Math.sqrt);
math1("sin", Math.sin);
math1("cos", Math.cos);
math1("tan", Math.tan);
math1("asin", Math.asin);
math1("acos", Math.acos);
math1("atan", Math.atan);
math1("exp", Math.exp);
math1("log", Math.log);
math1("log2", Math.log2);
math1("log10", Math.log10);
math1("trunc", Math.trunc);
math1("round", (x) => Math.sign(x) * Math.floor(Math.abs(x) + 0.5));
math1("deg2rad", (x) => x * Math.PI / 180);
math1("rad2deg", (x) => x * 180 / Math.PI);
strict("atan2", ["y", "x"], ([y, x], ctx) => Math.atan2(num(ctx, "atan2", y), num(ctx, "atan2", x)));
strict("hypot", ["a", "b"], ([a, b], ctx) => Math.hypot(num(ctx, "hypot", a), num(ctx, "hypot", b)));
strict("pow", ["x", "n"], ([x, n], ctx) => checked(ctx, Math.pow(num(ctx, "pow", x), num(ctx, "pow", n))));
strict("max", ["a", "b"], ([a, b], ctx) => Math.max(num(ctx, "max", a), num(ctx, "max", b)));
strict("min", ["a", "b"], ([a, b], ctx) => Math.min(num(ctx, "min", a), num(ctx, "min", b)));
strict("clamp", ["x", "minVal", "maxVal"], ([x, lo, hi], ctx) => {
  const v = num(ctx, "clamp", x);
  const l = num(ctx, "clamp", lo);
  const h = num(ctx, "clamp", hi);
  return v < l ? l : v > h ? h : v;
});
var frexp = (x) => {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
};
strict("exponent", ["x"], ([x], ctx) => frexp(num(ctx, "exponent", x))[1]);
strict("mantissa", ["x"], ([x], ctx) => frexp(num(ctx, "mantissa", x))[0]);
strict("isEven", ["x"], ([x], ctx) => Math.trunc(num(ctx, "isEven", x)) % 2 === 0);
strict("isOdd", ["x"], ([x], ctx) => Math.abs(Math.trunc(num(ctx, "isOdd", x)) % 2) === 1);
strict("isInteger", ["x"], ([x], ctx) => Number.isInteger(num(ctx, "isInteger", x)));
strict("isDecimal", ["x"], ([x], ctx) => !Number.isInteger(num(ctx, "isDecimal", x)));
strict("mod", ["a", "b"], ([a, b], ctx) => {
  if (typeof a === "number" && typeof b === "number") return ctx.interp.binary("%", a, b, ctx.loc);
  if (typeof a === "string") return formatString(ctx.interp, a, b, ctx.loc);
  return fail(ctx, `Operator % cannot be used on types ${typeOf(a)} and ${typeOf(b)}.`);
});
strict("xor", ["x", "y"], ([x, y], ctx) => expect(ctx, "xor", x, "boolean") !== expect(ctx, "xor", y, "boolean"));
strict("xnor", ["x", "y"], ([x, y], ctx) => expect(ctx, "xnor", x, "boolean") === expect(ctx, "xnor", y, "boolean"));
strict("toString", ["a"], ([a], ctx) => toStr(ctx, a));
strict("codepoint", ["str"], ([s], ctx) => {
  const cps = codePoints(str(ctx, "codepoint", s));
  if (cps.length !== 1) fail(ctx, `codepoint takes a string of length 1, got length ${cps.length}`);
  return cps[0].codePointAt(0);
});
strict("char", ["n"], ([n], ctx) => {
  const c = num(ctx, "char", n);
  if (c < 0 || c > 1114111 || !Number.isInteger(c)) fail(ctx, `Invalid unicode codepoint, got ${c}`);
  return String.fromCodePoint(c);
});
strict("substr", ["str", "from", "len"], ([s, from, len], ctx) => {
  const cps = codePoints(str(ctx, "substr", s));
  const f = num(ctx, "substr", from);
  const l = num(ctx, "substr", len);
  if (!Number.isInteger(f) || f < 0) fail(ctx, `substr second parameter should be a non-negative integer, got ${f}`);
  if (!Number.isInteger(l) || l < 0) fail(ctx, `substr third parameter should be a non-negative integer, got ${l}`);
  return cps.slice(f, f + l).join("");
});
strict("findSubstr", ["pat", "str"], ([p, s], ctx) => {
  const pat = codePoints(str(ctx, "findSubstr", p));
  const text = codePoints(str(ctx, "findSubstr", s));
  const out = [];
  if (pat.length === 0) return arrayOf(out);
  for (let i = 0; i + pat.length <= text.length; i++) {
    let ok = true;
    for (let j = 0; j < pat.length && ok; j++) ok = text[i + j] === pat[j];
    if (ok) out.push(i);
  }
  return arrayOf(out);
});
strict("startsWith", ["a", "b"], ([a, b], ctx) => str(ctx, "startsWith", a).startsWith(str(ctx, "startsWith", b)));
strict("endsWith", ["a", "b"], ([a, b], ctx) => str(ctx, "endsWith", a).endsWith(str(ctx, "endsWith", b)));
var stripper = (name, left, right) => strict(name, ["str", "chars"], ([s, c], ctx) => {
  const cps = codePoints(str(ctx, name, s));
  const set = new Set(codePoints(str(ctx, name, c)));
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && set.has(cps[i])) i++;
  if (right) while (j > i && set.has(cps[j - 1])) j--;
  return cps.slice(i, j).join("");
});
stripper("stripChars", true, true);
stripper("lstripChars", true, false);
stripper("rstripChars", false, true);
strict("trim", ["str"], ([s], ctx) => {
  const ws = /* @__PURE__ */ new Set([" ", "	", "\n", "\f", "\r", "", " "]);
  const cps = codePoints(str(ctx, "trim", s));
  let i = 0;
  let j = cps.length;
  while (i < j && ws.has(cps[i])) i++;
  while (j > i && ws.has(cps[j - 1])) j--;
  return cps.slice(i, j).join("");
});
var splitLimit = (s, sep2, max) => {
  const parts = s.split(sep2);
  if (max < 0 || parts.length <= max + 1) return parts;
  return [...parts.slice(0, max), parts.slice(max).join(sep2)];
};
strict("split", ["str", "c"], ([s, c], ctx) => {
  const sep2 = str(ctx, "split", c);
  if (sep2.length === 0) fail(ctx, "std.split second parameter must not be empty");
  return arrayOf(str(ctx, "split", s).split(sep2));
});
strict("splitLimit", ["str", "c", "maxsplits"], ([s, c, m], ctx) => {
  const sep2 = str(ctx, "splitLimit", c);
  if (sep2.length === 0) fail(ctx, "std.splitLimit second parameter must not be empty");
  return arrayOf(splitLimit(str(ctx, "splitLimit", s), sep2, num(ctx, "splitLimit", m)));
});
strict("splitLimitR", ["str", "c", "maxsplits"], ([s, c, m], ctx) => {
  const sep2 = str(ctx, "splitLimitR", c);
  if (sep2.length === 0) fail(ctx, "std.splitLimitR second parameter must not be empty");
  const max = num(ctx, "splitLimitR", m);
  const parts = str(ctx, "splitLimitR", s).split(sep2);
  if (max < 0 || parts.length <= max + 1) return arrayOf(parts);
  const keep = parts.length - max;
  return arrayOf([parts.slice(0, keep).join(sep2), ...parts.slice(keep)]);
});
strict("strReplace", ["str", "from", "to"], ([s, f, t], ctx) => {
  const from = str(ctx, "strReplace", f);
  if (from.length === 0) fail(ctx, "'from' string must not be zero length.");
  return str(ctx, "strReplace", s).split(from).join(str(ctx, "strReplace", t));
});
strict("isEmpty", ["str"], ([s], ctx) => str(ctx, "isEmpty", s).length === 0);
strict("equalsIgnoreCase", ["str1", "str2"], ([a, b], ctx) => asciiLower(str(ctx, "equalsIgnoreCase", a)) === asciiLower(str(ctx, "equalsIgnoreCase", b)));
var asciiLower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
strict("asciiUpper", ["str"], ([s], ctx) => str(ctx, "asciiUpper", s).replace(/[a-z]/g, (c) => c.toUpperCase()));
strict("asciiLower", ["str"], ([s], ctx) => asciiLower(str(ctx, "asciiLower", s)));
strict("stringChars", ["str"], ([s], ctx) => arrayOf(codePoints(str(ctx, "stringChars", s))));
strict("format", ["str", "vals"], ([s, v], ctx) => formatString(ctx.interp, str(ctx, "format", s), v, ctx.loc));
strict("escapeStringJson", ["str_"], ([s], ctx) => escapeJsonString(toStr(ctx, s)));
strict("escapeStringPython", ["str"], ([s], ctx) => escapeJsonString(toStr(ctx, s)));
strict("escapeStringBash", ["str_"], ([s], ctx) => `'${toStr(ctx, s).split("'").join(`'"'"'`)}'`);
strict("escapeStringDollars", ["str_"], ([s], ctx) => toStr(ctx, s).split("$").join("$$"));
strict("escapeStringXML", ["str_"], ([s], ctx) => escapeXml(toStr(ctx, s)));
var parseRadix = (name, radix, pattern) => strict(name, ["str"], ([s], ctx) => {
  const text = str(ctx, name, s);
  if (!pattern.test(text)) fail(ctx, `${name}: ${JSON.stringify(text)} is not a valid number in base ${radix}`);
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  let v = 0;
  for (const c of digits) v = v * radix + parseInt(c, radix);
  return negative ? -v : v;
});
parseRadix("parseInt", 10, /^-?[0-9]+$/);
parseRadix("parseOctal", 8, /^[0-7]+$/);
parseRadix("parseHex", 16, /^[0-9a-fA-F]+$/);
strict("parseJson", ["str"], ([s], ctx) => {
  let parsed;
  try {
    parsed = JSON.parse(str(ctx, "parseJson", s));
  } catch (err) {
    fail(ctx, `failed to parse JSON: ${err.message}`);
  }
  return fromJs(parsed);
});
strict("parseYaml", ["str"], ([s], ctx) => {
  const text = str(ctx, "parseYaml", s);
  const docs = (0, import_yaml4.parseAllDocuments)(text, { version: "1.2", schema: "core" });
  const list = Array.isArray(docs) ? docs : [docs];
  const results = [];
  for (const d of list) {
    if (d.errors.length) fail(ctx, `YAML error: ${d.errors[0].message}`);
    results.push(d.toJS());
  }
  if (results.length === 0) return null;
  if (results.length === 1) return fromJs(results[0] ?? null);
  return fromJs(results);
});
strict("encodeUTF8", ["str"], ([s], ctx) => arrayOf([...Buffer.from(str(ctx, "encodeUTF8", s), "utf8")]));
strict("decodeUTF8", ["arr"], ([a], ctx) => {
  const bytes = values(arr(ctx, "decodeUTF8", a)).map((b, i) => {
    if (typeof b !== "number") fail(ctx, `Element ${i} of the provided array was not a number`);
    if (!Number.isInteger(b) || b < 0 || b > 255) fail(ctx, `Element ${i} of the provided array was not an integer in range [0,255]`);
    return b;
  });
  return Buffer.from(bytes).toString("utf8");
});
var bytesOf = (ctx, name, v) => {
  if (typeof v === "string") return Buffer.from(v, "utf8");
  if (v instanceof JArray) {
    return Buffer.from(
      values(v).map((b) => {
        if (typeof b !== "number" || !Number.isInteger(b) || b < 0 || b > 255) fail(ctx, `${name}: array elements must be bytes (integers 0-255)`);
        return b;
      })
    );
  }
  return fail(ctx, `${name} expects a string or an array of bytes, got ${typeOf(v)}`);
};
strict("base64", ["input"], ([v], ctx) => {
  if (typeof v === "string") {
    const cps = codePoints(v).map((c) => c.codePointAt(0));
    if (cps.some((c) => c > 255)) return Buffer.from(v, "utf8").toString("base64");
    return Buffer.from(cps).toString("base64");
  }
  return bytesOf(ctx, "base64", v).toString("base64");
});
var base64Bytes = (ctx, name, v) => {
  const s = str(ctx, name, v);
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) fail(ctx, `${name}: not valid base64: the input length must be a multiple of 4`);
  return Buffer.from(s, "base64");
};
strict("base64Decode", ["str"], ([s], ctx) => String.fromCharCode(...base64Bytes(ctx, "base64Decode", s)));
strict("base64DecodeBytes", ["str"], ([s], ctx) => arrayOf([...base64Bytes(ctx, "base64DecodeBytes", s)]));
var digest = (name, algorithm) => strict(name, ["s"], ([s], ctx) => (0, import_node_crypto4.createHash)(algorithm).update(str(ctx, name, s), "utf8").digest("hex"));
digest("md5", "md5");
digest("sha1", "sha1");
digest("sha256", "sha256");
digest("sha512", "sha512");
digest("sha3", "sha3-512");
strict("manifestJsonEx", ["value", "indent", { name: "newline", defaultValue: "\n" }, { name: "key_val_sep", defaultValue: ": " }], ([v, i, n, k], ctx) => manifestJsonEx(mctx(ctx), v, str(ctx, "manifestJsonEx", i), str(ctx, "manifestJsonEx", n), str(ctx, "manifestJsonEx", k)));
strict("manifestJson", ["value"], ([v], ctx) => manifestJsonEx(mctx(ctx), v, "    ", "\n", ": "));
strict("manifestJsonMinified", ["value"], ([v], ctx) => manifestJsonEx(mctx(ctx), v, "", "", ":"));
strict("manifestYamlDoc", ["value", { name: "indent_array_in_object", defaultValue: false }, { name: "quote_keys", defaultValue: true }], ([v, i, q], ctx) => manifestYamlDoc(mctx(ctx), v, i === true, q !== false));
strict(
  "manifestYamlStream",
  ["value", { name: "indent_array_in_object", defaultValue: false }, { name: "c_document_end", defaultValue: true }, { name: "quote_keys", defaultValue: true }],
  ([v, i, c, q], ctx) => manifestYamlStream(mctx(ctx), v, i === true, c !== false, q !== false)
);
strict("manifestPython", ["v"], ([v], ctx) => manifestPython(mctx(ctx), v));
strict("manifestPythonVars", ["conf"], ([v], ctx) => manifestPythonVars(mctx(ctx), v));
strict("manifestIni", ["ini"], ([v], ctx) => manifestIni(mctx(ctx), v));
strict("manifestXmlJsonml", ["value"], ([v], ctx) => manifestXmlJsonml(mctx(ctx), v));
strict("manifestTomlEx", ["value", "indent"], ([v, i], ctx) => manifestTomlEx(mctx(ctx), v, str(ctx, "manifestTomlEx", i)));
strict("manifestToml", ["value"], ([v], ctx) => manifestTomlEx(mctx(ctx), v, "  "));
var sequence = (ctx, name, v) => {
  if (v instanceof JArray) return v.items;
  if (typeof v === "string") return codePoints(v).map((c) => Thunk.of(c));
  return fail(ctx, `std.${name} second param must be array / string, got ${typeOf(v)}`);
};
strict("makeArray", ["sz", "func"], ([sz, f], ctx) => {
  const n = num(ctx, "makeArray", sz);
  if (!Number.isInteger(n)) fail(ctx, `makeArray requires an integer size, got ${n}`);
  if (n < 0) fail(ctx, `makeArray requires size >= 0, got ${n}`);
  checkArraySize(ctx, n);
  const fn = func(ctx, "makeArray", f);
  const items2 = new Array(n);
  for (let i = 0; i < n; i++) {
    ctx.interp.tick(ctx.loc);
    items2[i] = Thunk.computed(() => ctx.interp.callValues(fn, [i], ctx.loc));
  }
  return new JArray(items2);
});
strict("range", ["from", "to"], ([a, b], ctx) => {
  const from = num(ctx, "range", a);
  const to = num(ctx, "range", b);
  const n = Math.max(to - from + 1, 0);
  checkArraySize(ctx, n);
  const items2 = new Array(n);
  for (let i = 0; i < n; i++) {
    ctx.interp.tick(ctx.loc);
    items2[i] = Thunk.of(from + i);
  }
  return new JArray(items2);
});
strict("repeat", ["what", "count"], ([w, c], ctx) => {
  const count = num(ctx, "repeat", c);
  if (!Number.isInteger(count) || count < 0) fail(ctx, `std.repeat count must be a non-negative integer, got ${count}`);
  if (typeof w === "string") {
    if (w.length * count > 1e8) fail(ctx, "std.repeat result too large");
    return w.repeat(count);
  }
  const a = arr(ctx, "repeat", w);
  checkArraySize(ctx, a.items.length * count);
  const items2 = [];
  for (let i = 0; i < count; i++) items2.push(...a.items);
  return new JArray(items2);
});
strict("map", ["func", "arr"], ([f, a], ctx) => {
  const fn = func(ctx, "map", f);
  return new JArray(sequence(ctx, "map", a).map((t) => Thunk.computed(() => ctx.interp.callThunks(fn, [t], ctx.loc))));
});
strict("mapWithIndex", ["func", "arr"], ([f, a], ctx) => {
  const fn = func(ctx, "mapWithIndex", f);
  return new JArray(sequence(ctx, "mapWithIndex", a).map((t, i) => Thunk.computed(() => ctx.interp.callThunks(fn, [Thunk.of(i), t], ctx.loc))));
});
strict("filter", ["func", "arr"], ([f, a], ctx) => {
  const fn = func(ctx, "filter", f);
  return new JArray(
    arr(ctx, "filter", a).items.filter((t) => {
      const keep = ctx.interp.callThunks(fn, [t], ctx.loc);
      if (typeof keep !== "boolean") fail(ctx, `filter function must return boolean, got: ${typeOf(keep)}`);
      return keep;
    })
  );
});
strict("filterMap", ["filter_func", "map_func", "arr"], ([f, m, a], ctx) => {
  const ff = func(ctx, "filterMap", f);
  const mf = func(ctx, "filterMap", m);
  return new JArray(
    arr(ctx, "filterMap", a).items.filter((t) => {
      const keep = ctx.interp.callThunks(ff, [t], ctx.loc);
      if (typeof keep !== "boolean") fail(ctx, `filter function must return boolean, got: ${typeOf(keep)}`);
      return keep;
    }).map((t) => Thunk.computed(() => ctx.interp.callThunks(mf, [t], ctx.loc)))
  );
});
strict("flatMap", ["func", "arr"], ([f, a], ctx) => {
  const fn = func(ctx, "flatMap", f);
  if (typeof a === "string") {
    return codePoints(a).map((c) => {
      const r = ctx.interp.callValues(fn, [c], ctx.loc);
      if (typeof r !== "string") fail(ctx, `std.flatMap on strings, provided function must return a string, got ${typeOf(r)}`);
      return r;
    }).join("");
  }
  const items2 = [];
  for (const t of sequence(ctx, "flatMap", a)) {
    const r = ctx.interp.callThunks(fn, [t], ctx.loc);
    if (!(r instanceof JArray)) fail(ctx, `std.flatMap on arrays, provided function must return an array, got ${typeOf(r)}`);
    items2.push(...r.items);
    checkArraySize(ctx, items2.length);
  }
  return new JArray(items2);
});
strict("foldl", ["func", "arr", "init"], ([f, a, init], ctx) => {
  const fn = func(ctx, "foldl", f);
  let acc = init;
  for (const t of sequence(ctx, "foldl", a)) acc = ctx.interp.callThunks(fn, [Thunk.of(acc), t], ctx.loc);
  return acc;
});
strict("foldr", ["func", "arr", "init"], ([f, a, init], ctx) => {
  const fn = func(ctx, "foldr", f);
  let acc = init;
  const items2 = sequence(ctx, "foldr", a);
  for (let i = items2.length - 1; i >= 0; i--) acc = ctx.interp.callThunks(fn, [items2[i], Thunk.of(acc)], ctx.loc);
  return acc;
});
strict("slice", ["indexable", "index", "end", "step"], ([v, i, e, s], ctx) => ctx.interp.slice(v, i, e, s, ctx.loc));
strict("join", ["sep", "arr"], ([sep2, a], ctx) => {
  const items2 = values(arr(ctx, "join", a));
  if (typeof sep2 === "string") {
    const parts = [];
    items2.forEach((x, i) => {
      if (x === null) return;
      if (typeof x !== "string") fail(ctx, `expected string but arr[${i}] was ${typeOf(x)}`);
      parts.push(x);
    });
    return parts.join(sep2);
  }
  if (sep2 instanceof JArray) {
    const out = [];
    let first = true;
    items2.forEach((x, i) => {
      if (x === null) return;
      if (!(x instanceof JArray)) fail(ctx, `expected array but arr[${i}] was ${typeOf(x)}`);
      if (!first) out.push(...sep2.items);
      first = false;
      out.push(...x.items);
    });
    return new JArray(out);
  }
  return fail(ctx, `join requires the separator to be a string or an array, got ${typeOf(sep2)}`);
});
strict("deepJoin", ["arr"], ([a], ctx) => {
  const walk = (v) => {
    if (typeof v === "string") return v;
    if (v instanceof JArray) return values(v).map(walk).join("");
    return fail(ctx, `Expected string or array, got ${typeOf(v)}`);
  };
  return walk(a);
});
strict("lines", ["arr"], ([a], ctx) => {
  const items2 = values(arr(ctx, "lines", a));
  return items2.filter((x) => x !== null).map((x, i) => {
    if (typeof x !== "string") fail(ctx, `expected string but arr[${i}] was ${typeOf(x)}`);
    return x + "\n";
  }).join("");
});
strict("flattenArrays", ["arrs"], ([a], ctx) => {
  const out = [];
  for (const x of values(arr(ctx, "flattenArrays", a))) {
    if (x === null) continue;
    out.push(...arr(ctx, "flattenArrays", x).items);
  }
  return new JArray(out);
});
strict("flattenDeepArray", ["value"], ([v]) => {
  const out = [];
  const walk = (x) => {
    if (x instanceof JArray) for (const y of values(x)) walk(y);
    else out.push(x);
  };
  walk(v);
  return arrayOf(out);
});
strict("reverse", ["arr"], ([a], ctx) => new JArray(arr(ctx, "reverse", a).items.slice().reverse()));
strict("member", ["arr", "x"], ([a, x], ctx) => {
  if (typeof a === "string") return codePoints(a).includes(str(ctx, "member", x));
  return values(arr(ctx, "member", a)).some((y) => ctx.interp.equals(y, x, ctx.loc));
});
strict("contains", ["arr", "elem"], ([a, x], ctx) => values(arr(ctx, "contains", a)).some((y) => ctx.interp.equals(y, x, ctx.loc)));
strict("count", ["arr", "x"], ([a, x], ctx) => values(arr(ctx, "count", a)).filter((y) => ctx.interp.equals(y, x, ctx.loc)).length);
strict("find", ["value", "arr"], ([x, a], ctx) => {
  const out = [];
  values(arr(ctx, "find", a)).forEach((y, i) => {
    if (ctx.interp.equals(y, x, ctx.loc)) out.push(i);
  });
  return arrayOf(out);
});
strict("remove", ["arr", "elem"], ([a, x], ctx) => {
  const items2 = arr(ctx, "remove", a).items;
  const i = items2.findIndex((t) => ctx.interp.equals(t.get(), x, ctx.loc));
  return i < 0 ? new JArray(items2) : new JArray([...items2.slice(0, i), ...items2.slice(i + 1)]);
});
strict("removeAt", ["arr", "at"], ([a, at], ctx) => {
  const items2 = arr(ctx, "removeAt", a).items;
  const i = num(ctx, "removeAt", at);
  return new JArray(items2.filter((_, j) => j !== i));
});
strict("all", ["arr"], ([a], ctx) => values(arr(ctx, "all", a)).every((x) => {
  if (typeof x !== "boolean") fail(ctx, `Elements of the array must be boolean, got ${typeOf(x)}`);
  return x;
}));
strict("any", ["arr"], ([a], ctx) => values(arr(ctx, "any", a)).some((x) => {
  if (typeof x !== "boolean") fail(ctx, `Elements of the array must be boolean, got ${typeOf(x)}`);
  return x;
}));
strict("sum", ["arr"], ([a], ctx) => values(arr(ctx, "sum", a)).reduce((s, x) => checked(ctx, s + num(ctx, "sum", x)), 0));
strict("avg", ["arr"], ([a], ctx) => {
  const xs = values(arr(ctx, "avg", a));
  if (xs.length === 0) fail(ctx, "Cannot calculate average of an empty array.");
  return xs.reduce((s, x) => s + num(ctx, "avg", x), 0) / xs.length;
});
var keysOf = (ctx, items2, keyF) => items2.map((t) => keyF instanceof JFunction ? ctx.interp.callThunks(keyF, [t], ctx.loc) : t.get());
var sortItems = (ctx, items2, keyF) => {
  const keys = keysOf(ctx, items2, keyF);
  const order = items2.map((_, i) => i);
  order.sort((x, y) => ctx.interp.compare(keys[x], keys[y], ctx.loc));
  return { items: order.map((i) => items2[i]), keys: order.map((i) => keys[i]) };
};
var dedupe = (ctx, items2, keys) => {
  const outItems = [];
  const outKeys = [];
  items2.forEach((t, i) => {
    if (outKeys.length && ctx.interp.equals(outKeys[outKeys.length - 1], keys[i], ctx.loc)) return;
    outItems.push(t);
    outKeys.push(keys[i]);
  });
  return { items: outItems, keys: outKeys };
};
var keyFParam = { name: "keyF", optional: true };
strict("sort", ["arr", keyFParam], ([a, k], ctx) => new JArray(sortItems(ctx, sequence(ctx, "sort", a), k).items));
strict("uniq", ["arr", keyFParam], ([a, k], ctx) => {
  const items2 = sequence(ctx, "uniq", a);
  return new JArray(dedupe(ctx, items2, keysOf(ctx, items2, k)).items);
});
strict("set", ["arr", keyFParam], ([a, k], ctx) => {
  const sorted = sortItems(ctx, sequence(ctx, "set", a), k);
  return new JArray(dedupe(ctx, sorted.items, sorted.keys).items);
});
var setKeyed = (ctx, name, v, keyF) => {
  const items2 = sequence(ctx, name, v);
  return { items: items2, keys: keysOf(ctx, items2, keyF) };
};
strict("setMember", ["x", "arr", keyFParam], ([x, a, k], ctx) => {
  const { keys } = setKeyed(ctx, "setMember", a, k);
  const key = k instanceof JFunction ? ctx.interp.callValues(k, [x], ctx.loc) : x;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const c = ctx.interp.compare(keys[mid], key, ctx.loc);
    if (c === 0) return true;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
});
var setOp = (name, keepA, keepRestB) => strict(name, ["a", "b", keyFParam], ([a, b, k], ctx) => {
  const A = setKeyed(ctx, name, a, k);
  const B = setKeyed(ctx, name, b, k);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < A.items.length && j < B.items.length) {
    const c = ctx.interp.compare(A.keys[i], B.keys[j], ctx.loc);
    if (c === 0) {
      if (keepA(true)) out.push(A.items[i]);
      i++;
      j++;
    } else if (c < 0) {
      if (keepA(false)) out.push(A.items[i]);
      i++;
    } else {
      if (keepRestB) out.push(B.items[j]);
      j++;
    }
  }
  for (; i < A.items.length; i++) if (keepA(false)) out.push(A.items[i]);
  if (keepRestB) for (; j < B.items.length; j++) out.push(B.items[j]);
  return new JArray(out);
});
setOp("setInter", (inB) => inB, false);
setOp("setUnion", () => true, true);
setOp("setDiff", (inB) => !inB, false);
var extremum = (name, sign) => lazy(name, ["arr", keyFParam, { name: "onEmpty", optional: true }], (args, ctx) => {
  const items2 = arr(ctx, name, args[0].get()).items;
  if (items2.length === 0) {
    if (args[2]) return args[2].get();
    return fail(ctx, "Expected at least one element in array. Got none");
  }
  const keys = keysOf(ctx, items2, args[1]?.get());
  let best = 0;
  for (let i = 1; i < items2.length; i++) if (sign * ctx.interp.compare(keys[i], keys[best], ctx.loc) > 0) best = i;
  return items2[best].get();
});
extremum("maxArray", 1);
extremum("minArray", -1);
strict("mergePatch", ["target", "patch"], ([t, p], ctx) => {
  const merge2 = (target, patch) => {
    if (!(patch instanceof JObject)) return patch;
    const base = target instanceof JObject ? target : null;
    const entries = /* @__PURE__ */ new Map();
    if (base) for (const k of ctx.interp.visibleFields(base)) entries.set(k, Thunk.computed(() => ctx.interp.getField(base, k, ctx.loc)));
    for (const k of ctx.interp.visibleFields(patch)) {
      const pv = ctx.interp.getField(patch, k, ctx.loc);
      if (pv === null) {
        entries.delete(k);
        continue;
      }
      const tv = base && entries.has(k) ? entries.get(k).get() : null;
      entries.set(k, Thunk.of(merge2(tv, pv)));
    }
    return objectOf([...entries.entries()].sort((x, y) => compareStrings(x[0], y[0])));
  };
  return merge2(t, p);
});
var converted = /* @__PURE__ */ new WeakMap();
function fromJs(v) {
  if (v !== null && typeof v === "object") {
    let value2 = converted.get(v);
    if (value2 === void 0) {
      value2 = convertFromJs(v);
      converted.set(v, value2);
    }
    return value2;
  }
  return convertFromJs(v);
}
function convertFromJs(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") return v;
  if (Array.isArray(v)) return new JArray(v.map((x) => x !== null && typeof x === "object" ? Thunk.computed(() => fromJs(x)) : Thunk.of(fromJs(x))));
  if (typeof v === "object") {
    return objectOf(
      Object.entries(v).map(([k, x]) => [
        k,
        x !== null && typeof x === "object" ? Thunk.computed(() => fromJs(x)) : Thunk.of(fromJs(x))
      ])
    );
  }
  if (typeof v === "bigint") return Number(v);
  throw new TypeError(`cannot convert a ${typeof v} to a Jsonnet value`);
}
var sharedFields = /* @__PURE__ */ new Map();
for (const [name, fn] of builtins) sharedFields.set(name, { visibility: "hidden", plus: false, thunk: Thunk.of(fn) });
sharedFields.set("pi", { visibility: "hidden", plus: false, thunk: Thunk.of(Math.PI) });
var sharedLayer = { fields: sharedFields, asserts: [], locals: [], env: Env.root() };
function makeStd(_interp, filename) {
  const fileLayer = {
    fields: /* @__PURE__ */ new Map([["thisFile", { visibility: "hidden", plus: false, thunk: Thunk.of(filename) }]]),
    asserts: [],
    locals: [],
    env: Env.root()
  };
  return new JObject([sharedLayer, fileLayer]);
}
function installOperators(interp) {
  interp.format = (fmt, vals, loc) => formatString(interp, fmt, vals, loc);
  interp.toStringValue = (v, loc) => typeof v === "string" ? v : manifestJson({ interp, loc }, v, "", false);
}

// src/jsonnet/engine.ts
var DEFAULT_MAX_STACK = 500;
var DEFAULT_TIMEOUT_MS = 1e4;
function makeInterpreter(options, filename) {
  const extVars = /* @__PURE__ */ new Map();
  for (const [name, value2] of Object.entries(options.extVars ?? {})) {
    let cached;
    extVars.set(name, () => cached ??= fromJs(value2));
  }
  const importCache = /* @__PURE__ */ new Map();
  let interp;
  const importer = options.resolveImport ? (kind, path, fromFile) => {
    const resolved = options.resolveImport(path, fromFile);
    if (!resolved) interp.fail(`couldn't open import ${JSON.stringify(path)}: no match locally or in the Jsonnet library paths.`);
    const key = `${kind}:${resolved.filename}`;
    const cached = importCache.get(key);
    if (cached !== void 0) return cached;
    let value2;
    if (kind === "importbin") {
      value2 = new JArray([...resolved.content].map((b) => Thunk.of(b)));
    } else {
      const text = new TextDecoder().decode(resolved.content);
      if (kind === "importstr") value2 = text;
      else value2 = interp.evalFile(parseProgram(text, resolved.filename).root, resolved.filename);
    }
    importCache.set(key, value2);
    return value2;
  } : void 0;
  interp = new Interpreter({
    filename,
    maxStack: options.maxStack ?? DEFAULT_MAX_STACK,
    deadline: Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    extVars,
    ...importer ? { importer } : {},
    ...options.onTrace ? { onTrace: options.onTrace } : {},
    makeStd
  });
  installOperators(interp);
  return interp;
}
function toPlain(interp, v) {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof JFunction) interp.fail("couldn't manifest function as JSON");
  if (++interp.depth > interp.options.maxStack) interp.fail("max stack frames exceeded.");
  try {
    if (v instanceof JArray) return v.items.map((t) => toPlain(interp, t.get()));
    const o = v;
    interp.checkAsserts(o);
    const out = {};
    for (const k of interp.visibleFields(o)) {
      const field = toPlain(interp, interp.getField(o, k, void 0));
      if (k === "__proto__") Object.defineProperty(out, k, { value: field, enumerable: true, writable: true, configurable: true });
      else out[k] = field;
    }
    return out;
  } finally {
    interp.depth--;
  }
}
function asJsonnetError(err) {
  if (err instanceof JsonnetError) return err;
  if (err instanceof RangeError) {
    if (/call stack/i.test(err.message)) return new JsonnetError("runtime", "max stack frames exceeded.");
    return new JsonnetError("runtime", `value too large: ${err.message}`);
  }
  return err;
}
var parsedPrograms = /* @__PURE__ */ new Map();
var parsedCount = 0;
var MAX_PARSED_PROGRAMS = 4096;
function parseCached(source, filename) {
  let byFile = parsedPrograms.get(source);
  let ast = byFile?.get(filename);
  if (!ast) {
    ast = parseProgram(source, filename);
    if (!byFile) {
      while (parsedCount >= MAX_PARSED_PROGRAMS) {
        const [oldest, files] = parsedPrograms.entries().next().value;
        parsedPrograms.delete(oldest);
        parsedCount -= files.size;
      }
      parsedPrograms.set(source, byFile = /* @__PURE__ */ new Map());
    }
    byFile.set(filename, ast);
    parsedCount++;
  }
  return ast;
}
function run(source, options, args, output) {
  const filename = options.filename ?? "<snippet>";
  const ast = parseCached(source, filename);
  const interp = makeInterpreter(options, filename);
  try {
    const env = Env.root();
    env.bind("std", Thunk.of(makeStd(interp, filename)));
    let value2 = interp.evalExpr(ast.root, env);
    if (value2 instanceof JFunction) {
      const fn = value2;
      value2 = interp.call(fn, (args ?? []).map((a) => Thunk.computed(() => fromJs(a))), null, void 0);
    }
    if (output === "json") return manifestJson({ interp, loc: void 0 }, value2, "   ", true);
    return toPlain(interp, value2);
  } catch (err) {
    throw asJsonnetError(err);
  }
}
function parse(source, filename = "<snippet>") {
  return parseCached(source, filename);
}

// src/jsonnet/index.ts
var engineOptions = (options) => {
  const { filename, extVars, maxStack, timeoutMs } = options ?? {};
  return {
    ...filename !== void 0 ? { filename } : {},
    ...extVars !== void 0 ? { extVars } : {},
    ...maxStack !== void 0 ? { maxStack } : {},
    ...timeoutMs !== void 0 ? { timeoutMs } : {}
  };
};
function parse2(source, filename) {
  return parse(source, filename);
}
function callFunction(source, args, options) {
  const base = engineOptions(options);
  const extVars = args.length > 0 && !(options?.extVars && "ctx" in options.extVars) ? { ...options?.extVars, ctx: args[0] } : options?.extVars;
  return run(source, { ...base, ...extVars ? { extVars } : {} }, args, "value");
}

// src/templates/sample-context.ts
var SAMPLE_ID = "9f425a8d-7efc-4768-8f23-7647a74fdf13";
var SAMPLE_TIME = "2026-01-01T12:00:00Z";
function sampleOf(schema, name, depth = 0) {
  if (!isRecord(schema) || depth > 6) return `sample ${name}`;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if ("default" in schema) return schema.default;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const out = {};
      const props = isRecord(schema.properties) ? schema.properties : {};
      for (const [key, child] of Object.entries(props)) out[key] = sampleOf(child, key, depth + 1);
      return out;
    }
    case "array":
      return [sampleOf(schema.items, name, depth + 1)];
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    case "string":
    default:
      if (schema.format === "email" || /e-?mail/i.test(name)) return "jane.doe@example.com";
      if (schema.format === "tel" || /phone/i.test(name)) return "+15555550100";
      if (schema.format === "date-time") return SAMPLE_TIME;
      if (schema.format === "date") return "1990-01-01";
      if (schema.format === "uri") return "https://example.com";
      if (/^first|given/i.test(name)) return "Jane";
      if (/^last|family|surname/i.test(name)) return "Doe";
      if (/user/i.test(name)) return "jane.doe";
      if (/name/i.test(name)) return "Jane Doe";
      return `sample ${name}`;
  }
}
var GENERIC_TRAITS = { email: "jane.doe@example.com", name: { first: "Jane", last: "Doe" } };
function decodeSchemaUrl(url2) {
  if (typeof url2 !== "string" || !url2.startsWith("base64://")) return void 0;
  try {
    return JSON.parse(Buffer.from(url2.slice("base64://".length), "base64").toString("utf8"));
  } catch {
    return void 0;
  }
}
function sampleTraits(identityConfig) {
  const schemas = valueAt(identityConfig, ["identity", "schemas"]);
  const defaultId = valueAt(identityConfig, ["identity", "default_schema_id"]);
  if (Array.isArray(schemas)) {
    const chosen = schemas.find((s) => isRecord(s) && s.id === defaultId) ?? (schemas.length === 1 ? schemas[0] : void 0);
    const schema = isRecord(chosen) ? decodeSchemaUrl(chosen.url) : void 0;
    const traits = valueAt(schema, ["properties", "traits"]);
    if (traits !== void 0) return { traits: sampleOf(traits, "traits"), schemaId: String(chosen.id), fromSchema: true };
  }
  return { traits: GENERIC_TRAITS, schemaId: "default", fromSchema: false };
}
function identity(traits, schemaId) {
  return {
    id: SAMPLE_ID,
    schema_id: schemaId,
    schema_url: `https://example.projects.oryapis.com/schemas/${Buffer.from(schemaId).toString("base64url")}`,
    state: "active",
    state_changed_at: SAMPLE_TIME,
    traits,
    verifiable_addresses: [],
    recovery_addresses: [],
    metadata_public: null,
    created_at: SAMPLE_TIME,
    updated_at: SAMPLE_TIME,
    organization_id: null
  };
}
function session(id) {
  return {
    id: "c4a1f0ce-5c3b-4b8f-9a51-0b6a8e6f2f01",
    active: true,
    expires_at: "2026-01-02T12:00:00Z",
    authenticated_at: SAMPLE_TIME,
    authenticator_assurance_level: "aal1",
    authentication_methods: [{ method: "password", aal: "aal1", completed_at: SAMPLE_TIME }],
    issued_at: SAMPLE_TIME,
    identity: id
  };
}
function sampleContext(flow, timing, identityConfig) {
  const ctx = {
    flow: {
      id: "2b1c5a5e-3f1e-4a44-9b4c-8e1f0d1c2b3a",
      type: "browser",
      expires_at: "2026-01-01T12:30:00Z",
      issued_at: SAMPLE_TIME,
      created_at: SAMPLE_TIME,
      updated_at: SAMPLE_TIME,
      request_url: `https://example.projects.oryapis.com/self-service/${flow}/browser`,
      ui: { action: `https://example.projects.oryapis.com/self-service/${flow}`, method: "POST", nodes: [] },
      transient_payload: {}
    },
    request_headers: { Accept: ["application/json"], "User-Agent": ["Mozilla/5.0"], "X-Forwarded-For": ["203.0.113.7"] },
    request_method: "POST",
    request_url: `https://example.projects.oryapis.com/self-service/${flow}`,
    request_cookies: { ory_session: "sample-cookie" }
  };
  const { traits, schemaId } = sampleTraits(identityConfig);
  const id = identity(traits, schemaId);
  if (timing === "after") {
    if (flow === "login") Object.assign(ctx, { identity: id, session: session(id) });
    else if (flow === "settings") Object.assign(ctx, { identity: id, session: session(id) });
    else ctx.identity = id;
  } else if (flow === "settings") {
    ctx.session = session(id);
  }
  return ctx;
}
function mergeContext(base, over) {
  if (!isRecord(base) || !isRecord(over)) return over === void 0 ? base : over;
  const merged = { ...base };
  for (const [key, value2] of Object.entries(over)) merged[key] = mergeContext(base[key], value2);
  return merged;
}

// src/templates/index.ts
var BODY_TIMEOUT_MS = 1e3;
var BODY_MAX_STACK = 500;
function errorSite(body, error) {
  if (!error.location) return { location: body.location };
  const excerpt = lineOf(body.source, error.location.line);
  return { location: bodyLocation(body, error.location.line, error.location.column), ...excerpt !== void 0 && excerpt.trim() !== "" ? { excerpt } : {} };
}
function formatLocation(at) {
  return `${at.file}:${at.line}:${at.column}`;
}
function checkBodySyntax(body) {
  try {
    parse2(body.source, body.file ?? body.location.file);
    return [];
  } catch (error) {
    if (!(error instanceof JsonnetError)) throw error;
    const location = error.location ? bodyLocation(body, error.location.line, error.location.column) : body.location;
    return [
      {
        severity: "error",
        message: `Jsonnet syntax error in the body: ${error.message}`,
        location,
        hint: "Ory would fail this webhook on every request; fix the template (a body is usually `function(ctx) { ... }`)."
      }
    ];
  }
}
var PLAN_BODY_BUDGET_MS = 1e4;
function previewBody(action, identityConfig, secrets, options = {}, baseContext = sampleContext(action.flow, action.timing, identityConfig)) {
  const body = action.body;
  const ctx = action.sampleCtx ? mergeContext(baseContext, action.sampleCtx) : baseContext;
  try {
    const value2 = callFunction(body.source, [ctx], {
      filename: body.file ?? body.location.file,
      timeoutMs: options.timeoutMs ?? BODY_TIMEOUT_MS,
      maxStack: options.maxStack ?? BODY_MAX_STACK
    });
    const json = maskKnownSecrets(JSON.stringify(value2, null, 2), secrets);
    const placeholders = action.sampleCtxReferences ? { placeholders: action.sampleCtxReferences } : {};
    if (value2 === null || typeof value2 !== "object" || Array.isArray(value2)) {
      return {
        preview: { kind: "rendered", json, ...placeholders },
        warning: { kind: "body-evaluation", action: action.name, location: body.location, detail: `evaluates to ${Array.isArray(value2) ? "an array" : value2 === null ? "null" : `a ${typeof value2}`}, not an object`, message: `The body of "${action.name}" evaluates to ${Array.isArray(value2) ? "an array" : value2 === null ? "null" : `a ${typeof value2}`}, not an object, for the sample ${action.flow} request.` }
      };
    }
    return { preview: { kind: "rendered", json, ...placeholders } };
  } catch (error) {
    if (!(error instanceof JsonnetError)) throw error;
    if (error.kind === "runtime" && error.message.trim() === "cancel") return { preview: { kind: "cancelled" } };
    const site = errorSite(body, error);
    const detail = maskKnownSecrets(error.message, secrets);
    const message = `${formatLocation(site.location)}: ${detail}`;
    const excerpt = site.excerpt !== void 0 ? maskKnownSecrets(site.excerpt, secrets) : void 0;
    return {
      preview: { kind: "error", message },
      warning: {
        kind: "body-evaluation",
        action: action.name,
        location: site.location,
        detail,
        ...excerpt !== void 0 ? { excerpt } : {},
        message: `The body of "${action.name}" fails for a sample ${action.flow} ${action.timing} request, so the webhook would fail too: ${message}`
      }
    };
  }
}
function createBodyPreviewer(options = {}) {
  return (actions, live, secrets = []) => {
    const previews = /* @__PURE__ */ new Map();
    const warnings = [];
    const configs = new Map(live.map((p) => [p.id, identityConfigOf(p.raw)]));
    const contexts = /* @__PURE__ */ new Map();
    const now = options.now ?? Date.now;
    const deadline = now() + (options.budgetMs ?? PLAN_BODY_BUDGET_MS);
    for (const action of actions) {
      if (!action.body) continue;
      if (now() > deadline) {
        const message = "not evaluated: the time budget for body previews in one plan was used up by slower bodies before it";
        previews.set(action.name, { kind: "error", message });
        warnings.push({ kind: "body-evaluation", action: action.name, location: action.body.location, detail: message, message: `The body of "${action.name}" was ${message}.` });
        continue;
      }
      const key = `${action.projectId}\0${action.flow}\0${action.timing}`;
      let base = contexts.get(key);
      if (!base) contexts.set(key, base = sampleContext(action.flow, action.timing, configs.get(action.projectId)));
      const { preview, warning } = previewBody(action, configs.get(action.projectId), secrets, options, base);
      previews.set(action.name, preview);
      if (warning) warnings.push(warning);
    }
    return { previews, warnings };
  };
}

// package.json
var package_default = { version: "0.1.0" };

// src/cli/main.ts
var USAGE = `Usage: ory-actions-gitops <plan|apply|import> [options]   (also installed as ory-actions)

  plan     Show what would change in Ory for the manifest.
  apply    Apply the plan (asks for confirmation; --yes or --fingerprint to skip).
  import   Write a manifest from a live project's webhooks.

Options:
  --manifest FILE        manifest path (default ory-actions.yaml)
  --previous FILE        the manifest as it was before your change: hooks of its removed actions are deleted
  --project-id ID        overrides the manifest's default project_id (import: the project to read)
  --api-url URL          Ory console API (default $ORY_API_URL or https://api.console.ory.sh)
  --api-key-env NAME     environment variable holding the workspace API key (default ORY_WORKSPACE_API_KEY)
  --json                 plan: print the plan as JSON instead of text
  --out FILE             plan: also write the plan JSON there; import: write the manifest there
  --detailed-exitcode    plan: exit 2 when there are changes, 0 when none
  --yes                  apply: do not ask
  --fingerprint FP       apply: only if the plan's fingerprint is FP (what you reviewed)
  --version              print the version and exit
`;
async function main(argv, env, secrets = []) {
  const { positionals, values: values2 } = (0, import_node_util.parseArgs)({
    args: argv,
    allowPositionals: true,
    options: {
      manifest: { type: "string", default: "ory-actions.yaml" },
      previous: { type: "string" },
      "project-id": { type: "string" },
      "api-url": { type: "string" },
      "api-key-env": { type: "string", default: "ORY_WORKSPACE_API_KEY" },
      json: { type: "boolean", default: false },
      out: { type: "string" },
      "detailed-exitcode": { type: "boolean", default: false },
      yes: { type: "boolean", default: false },
      fingerprint: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", default: false }
    }
  });
  if (values2.version) {
    process.stdout.write(`${package_default.version}
`);
    return 0;
  }
  const command = positionals[0];
  if (values2.help || !command || !["plan", "apply", "import"].includes(command)) {
    process.stderr.write(USAGE);
    return values2.help ? 0 : 1;
  }
  const apiKey = env[values2["api-key-env"]] ?? "";
  if (!apiKey) throw new RunFailure("ory-auth", `Set ${values2["api-key-env"]} to an Ory workspace API key (ory_wak_...).`);
  secrets.push(apiKey);
  const ory = createOryProjects({
    apiUrl: values2["api-url"] ?? env.ORY_API_URL ?? "https://api.console.ory.sh",
    apiKey,
    onRetry: (message) => process.stderr.write(message + "\n")
  });
  if (command === "import") {
    const projectId = values2["project-id"];
    if (!projectId) throw new RunFailure("invalid-manifest", "import needs --project-id.");
    const [live] = await readProjects(ory, [projectId]);
    const imported = importProject(live);
    const yaml = manifestToYaml(imported.doc);
    if (values2.out) (0, import_node_fs2.writeFileSync)(values2.out, yaml);
    else process.stdout.write(yaml);
    for (const v of imported.variables) process.stderr.write(`Set ${v.name} to ${v.holds}.
`);
    for (const note of imported.notes) process.stderr.write(`note: ${note}
`);
    process.stderr.write(`Imported ${Object.keys(imported.doc.actions).length} webhook(s) from project ${projectId}.
`);
    return 0;
  }
  const manifestFile = (0, import_node_path4.resolve)(values2.manifest);
  const gitRoot = repositoryRootOf((0, import_node_path4.dirname)(manifestFile));
  const root = gitRoot !== (0, import_node_path4.dirname)(manifestFile) || (0, import_node_fs2.existsSync)((0, import_node_path4.join)(gitRoot, ".git")) ? gitRoot : (0, import_node_path4.relative)(process.cwd(), manifestFile).startsWith("..") ? (0, import_node_path4.dirname)(manifestFile) : process.cwd();
  const { manifest, warnings } = loadManifestFile({
    path: repositoryRelativePath(root, manifestFile),
    files: repositoryFiles(root),
    env,
    ...values2["project-id"] ? { projectIdOverride: values2["project-id"] } : {},
    checkBody: checkBodySyntax
  });
  secrets.push(...manifest.secrets);
  for (const w of warnings) process.stderr.write(formatDiagnostic(w) + "\n");
  let previousActions;
  if (values2.previous) {
    const text = tryRead((0, import_node_path4.resolve)(values2.previous));
    if (text === void 0) throw new RunFailure("invalid-manifest", `--previous ${values2.previous} does not exist.`);
    const previous = loadPreviousManifest(values2.previous, text, env, values2["project-id"]);
    if (!previous.manifest) throw new RunFailure("invalid-manifest", `--previous ${values2.previous}: ${previous.problem}`);
    for (const lost of previous.dropped) process.stderr.write(`warning: action "${lost.name}" of --previous ${values2.previous} cannot be resolved (${lost.problem}): its hook is not deleted.
`);
    previousActions = previous.manifest.actions;
  }
  const planned = await computePlan({ manifest, ory, salt: apiKey, previewBodies: createBodyPreviewer(), maskValues: environmentSecretCandidates(env) }, previousActions);
  const plan2 = planned.plan;
  if (values2.out) (0, import_node_fs2.writeFileSync)(values2.out, planToJson(plan2));
  process.stdout.write(values2.json && command === "plan" ? planToJson(plan2) : renderText(plan2) + "\n");
  if (command === "plan") return values2["detailed-exitcode"] && hasChanges(plan2) ? 2 : 0;
  if (!hasChanges(plan2)) return 0;
  if (values2.fingerprint && values2.fingerprint !== plan2.fingerprint) {
    throw new RunFailure("plan-changed", `The plan's fingerprint is ${plan2.fingerprint}, not ${values2.fingerprint}: it changed since you reviewed it. Nothing was written.`);
  }
  if (!values2.yes && !values2.fingerprint) {
    if (!process.stdin.isTTY) throw new RunFailure("no-approved-plan", "apply needs --yes or --fingerprint when not run in a terminal.");
    const rl = (0, import_promises.createInterface)({ input: process.stdin, output: process.stderr });
    const answer = await rl.question(`${summaryLine(plan2.summary)} Apply? Type "yes": `);
    rl.close();
    if (answer.trim() !== "yes") {
      process.stderr.write("Not applied.\n");
      return 1;
    }
  }
  const results = await applyPlan({ ory, replan: planned.replan, log: (m) => process.stderr.write(m + "\n") }, planned);
  for (const r of results) process.stderr.write(`Project ${r.projectId}: ${r.outcome} (revision ${r.revisionId}).
`);
  for (const r of results) for (const w of r.warnings) process.stderr.write(`Ory warning (${r.projectId}): ${w.message}
`);
  process.stdout.write(`Applied: ${summaryLine(plan2.summary)}
`);
  return 0;
}
function tryRead(path) {
  try {
    return (0, import_node_fs2.readFileSync)(path, "utf8");
  } catch {
    return void 0;
  }
}
async function runCli() {
  const secrets = [];
  const say = (text) => process.stderr.write(maskKnownSecrets(text, secrets) + "\n");
  try {
    process.exitCode = await main(process.argv.slice(2), process.env, secrets);
  } catch (error) {
    if (error instanceof ManifestError) say(error.message);
    else if (error instanceof FileRefused) say(`error (invalid-manifest): ${error.why}; ${error.hint}`);
    else if (error instanceof RunFailure) say(`error (${error.reason}): ${error.message}`);
    else say(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

// src/cli/entry.ts
await runCli();
await exitWhenFlushed();
