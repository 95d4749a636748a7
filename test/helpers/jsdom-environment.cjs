"use strict";
// The panels' test environment: jsdom (jest-environment-jsdom), plus what a browser has and jsdom
// does not (TextEncoder/TextDecoder, which the engine uses, and ResizeObserver, which Fluent UI's
// MessageBar observes). Node's own TextEncoder/TextDecoder implement the same WHATWG standard that
// browsers do. Test files opt in with the docblock `@jest-environment ./test/helpers/jsdom-environment.cjs`.
const { TestEnvironment } = require("jest-environment-jsdom");

class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

class JsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const g = this.global;
    if (!g.TextEncoder) g.TextEncoder = TextEncoder;
    if (!g.TextDecoder) g.TextDecoder = TextDecoder;
    if (!g.ResizeObserver) g.ResizeObserver = ResizeObserver;
  }
}

module.exports = JsdomEnvironment;
