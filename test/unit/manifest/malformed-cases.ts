/** The malformed manifests: each with its expected message, key, place and hint. Shared by the unit
 * test of the loader and the end-to-end test that runs them through the bundle. */
import { yaml } from './helpers.ts';

export interface MalformedCase {
  name: string;
  text: string;
  env?: Record<string, string>;
  files?: Record<string, string>;
  projectIdOverride?: string;
  path?: string;
  expect: { message: string; key?: string; line: number; column: number; hint?: string };
}

export const MALFORMED_CASES: MalformedCase[] = [
  // unknown keys, with the nearest valid key
  {
    name: 'unknown top-level key',
    text: yaml`
      projct_id: p1
      actions: {}
    `,
    expect: { message: 'unknown key "projct_id" in the manifest', key: 'projct_id', line: 1, column: 1, hint: 'did you mean "project_id"?' },
  },
  {
    name: 'unknown action key',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          urll: https://example.com/hook
    `,
    expect: { message: 'unknown key "urll" in action "a"', key: 'actions.a.urll', line: 6, column: 5, hint: 'did you mean "url"?' },
  },
  {
    name: 'unknown action key far from every valid key lists them',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          colour: red
    `,
    expect: { message: 'unknown key "colour"', key: 'actions.a.colour', line: 7, column: 5, hint: 'valid keys: flow, timing, auth_method' },
  },
  {
    name: 'unknown auth key',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          auth:
            type: basic_auth
            usr: me
            password: \${{ env.PW }}
    `,
    env: { PW: 'hunter22' },
    expect: { message: 'unknown key "usr" in auth of action "a"', key: 'actions.a.auth.usr', line: 9, column: 7, hint: 'did you mean "user"?' },
  },
  {
    name: 'headers are not offered (Ory Network drops them)',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          headers: {X-A: b}
    `,
    expect: { message: 'unknown key "headers"', key: 'actions.a.headers', line: 7, column: 5 },
  },
  // bad enum values, with the nearest value
  {
    name: 'misspelt flow',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: registraton
          timing: before
          url: https://example.com/hook
    `,
    expect: { message: '"flow" of action "a" must be one of login, registration', key: 'actions.a.flow', line: 4, column: 11, hint: 'did you mean "registration"?' },
  },
  {
    name: 'misspelt timing',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: bfore
          url: https://example.com/hook
    `,
    expect: { message: '"timing" of action "a" must be one of before, after', key: 'actions.a.timing', line: 5, column: 13, hint: 'did you mean "before"?' },
  },
  {
    name: 'lowercase method is refused with the upper-case spelling',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          method: post
    `,
    expect: { message: '"method" of action "a" must be one of GET, POST, PUT, PATCH, DELETE; got the string "post"', key: 'actions.a.method', line: 7, column: 13, hint: 'use "POST"' },
  },
  {
    name: 'unknown method',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          method: SEND
    `,
    expect: { message: '"method" of action "a" must be one of', key: 'actions.a.method', line: 7, column: 13, hint: 'valid values: GET, POST' },
  },
  {
    name: 'unknown auth type',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          auth:
            type: api-key
            name: X-Key
            value: \${{ env.KEY }}
    `,
    env: { KEY: 'k-secret-1' },
    expect: { message: '"auth.type" of action "a" must be one of api_key, basic_auth', key: 'actions.a.auth.type', line: 8, column: 13, hint: 'did you mean "api_key"?' },
  },
  {
    name: 'api key sent in the query string',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          auth:
            type: api_key
            name: key
            value: \${{ env.KEY }}
            in: query
    `,
    env: { KEY: 'k-secret-1' },
    expect: { message: '"auth.in" of action "a" must be one of header, cookie', key: 'actions.a.auth.in', line: 11, column: 11 },
  },
  // wrong types
  {
    name: 'quoted yes instead of a boolean',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          response_parse: "yes"
    `,
    expect: { message: '"response_parse" of action "a" must be a boolean (true or false); got the string "yes"', key: 'actions.a.response_parse', line: 7, column: 21, hint: 'write true, without quotes' },
  },
  {
    name: 'a number instead of a boolean',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          can_interrupt: 1
    `,
    expect: { message: '"can_interrupt" of action "a" must be a boolean (true or false); got the number 1', key: 'actions.a.can_interrupt', line: 7, column: 20 },
  },
  {
    name: 'prune as a string',
    text: yaml`
      project_id: p1
      prune: "true"
      actions: {}
    `,
    expect: { message: '"prune" must be a boolean', key: 'prune', line: 2, column: 8, hint: 'write true, without quotes' },
  },
  {
    name: 'url as a number',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: 42
    `,
    expect: { message: '"url" of action "a" must be a string; got the number 42', key: 'actions.a.url', line: 6, column: 10, hint: 'put the value in quotes' },
  },
  {
    name: 'empty body value points at its key',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          body:
    `,
    expect: { message: '"body" of action "a" must be a string; it has no value', key: 'actions.a.body', line: 7, column: 5 },
  },
  {
    name: 'actions as a list',
    text: yaml`
      project_id: p1
      actions:
        - flow: login
    `,
    expect: { message: '"actions" must be a mapping (key: value lines); got a list', key: 'actions', line: 3, column: 3 },
  },
  {
    name: 'an action that is not a mapping',
    text: yaml`
      project_id: p1
      actions:
        a: https://example.com/hook
    `,
    expect: { message: 'action "a" must be a mapping', key: 'actions.a', line: 3, column: 6 },
  },
  {
    name: 'sample_ctx that is not a mapping',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          sample_ctx: hello
    `,
    expect: { message: '"sample_ctx" of action "a" must be a mapping', key: 'actions.a.sample_ctx', line: 7, column: 17 },
  },
  {
    name: 'empty project_id',
    text: yaml`
      project_id: ""
      actions: {}
    `,
    projectIdOverride: 'p9',
    expect: { message: '"project_id" must not be empty', key: 'project_id', line: 1, column: 13 },
  },
  // version
  {
    name: 'unknown version',
    text: yaml`
      version: 2
      project_id: p1
      actions: {}
    `,
    expect: { message: '"version" must be 1; got the number 2', key: 'version', line: 1, column: 10 },
  },
  {
    name: 'quoted version',
    text: yaml`
      version: "1"
      project_id: p1
      actions: {}
    `,
    expect: { message: '"version" must be a whole number', key: 'version', line: 1, column: 10, hint: 'write 1 without quotes' },
  },
  // missing required keys
  {
    name: 'no actions key',
    text: yaml`
      project_id: p1
    `,
    expect: { message: 'the manifest is missing the required key "actions"', key: 'actions', line: 1, column: 1 },
  },
  {
    name: 'action without url',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
    `,
    expect: { message: 'action "a" is missing the required key "url"', key: 'actions.a.url', line: 3, column: 3, hint: 'add `url:`' },
  },
  {
    name: 'action without flow',
    text: yaml`
      project_id: p1
      actions:
        a:
          timing: before
          url: https://example.com/hook
    `,
    expect: { message: 'action "a" is missing the required key "flow"', key: 'actions.a.flow', line: 3, column: 3 },
  },
  {
    name: 'action without timing',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          url: https://example.com/hook
    `,
    expect: { message: 'action "a" is missing the required key "timing"', key: 'actions.a.timing', line: 3, column: 3 },
  },
  {
    name: 'api_key auth without value',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          auth:
            type: api_key
            name: X-Key
    `,
    expect: { message: 'auth of action "a" is missing "value" (required for api_key)', key: 'actions.a.auth.value', line: 7, column: 5 },
  },
  {
    name: 'basic_auth given an api key name',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          auth:
            type: basic_auth
            user: me
            password: \${{ env.PW }}
            name: X-Key
    `,
    env: { PW: 'hunter22' },
    expect: { message: '"name" is not used by basic_auth auth', key: 'actions.a.auth.name', line: 11, column: 7, hint: 'use type: api_key' },
  },
  {
    name: 'no project anywhere',
    text: yaml`
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
    `,
    expect: { message: 'action "a" has no project', key: 'actions.a.project_id', line: 2, column: 3, hint: 'project-id input' },
  },
  // names
  {
    name: 'action name with spaces and capitals',
    text: yaml`
      project_id: p1
      actions:
        Welcome Email:
          flow: login
          timing: before
          url: https://example.com/hook
    `,
    expect: { message: 'invalid action name "Welcome Email"', key: 'actions.Welcome Email', line: 3, column: 3, hint: 'e.g. "welcome_email"' },
  },
  {
    name: 'action name starting with an underscore',
    text: yaml`
      project_id: p1
      actions:
        _hidden:
          flow: login
          timing: before
          url: https://example.com/hook
    `,
    expect: { message: 'invalid action name "_hidden"', key: 'actions._hidden', line: 3, column: 3, hint: 'e.g. "hidden"' },
  },
  {
    name: 'action name longer than 63 characters',
    text: yaml`
      project_id: p1
      actions:
        ${'a'.repeat(64)}:
          flow: login
          timing: before
          url: https://example.com/hook
    `,
    expect: { message: `invalid action name "${'a'.repeat(64)}"`, key: `actions.${'a'.repeat(64)}`, line: 3, column: 3 },
  },
  // duplicates
  {
    name: 'duplicate action names',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/one
        a:
          flow: login
          timing: before
          url: https://example.com/two
    `,
    expect: { message: 'duplicate action name "a" (first defined at line 3)', key: 'actions.a', line: 7, column: 3, hint: 'action names must be unique' },
  },
  {
    name: 'duplicate key inside an action',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/one
          url: https://example.com/two
    `,
    expect: { message: 'duplicate key "url" in actions.a (first at line 6)', key: 'actions.a.url', line: 7, column: 5 },
  },
  {
    name: 'duplicate top-level key',
    text: yaml`
      project_id: p1
      project_id: p2
      actions: {}
    `,
    expect: { message: 'duplicate key "project_id" in the manifest (first at line 1)', key: 'project_id', line: 2, column: 1 },
  },
  {
    name: 'two actions that are the same hook',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: registration
          timing: after
          auth_method: password
          url: https://example.com/hook
        b:
          flow: registration
          timing: after
          auth_method: password
          url: https://example.com/hook
          body: 'function(ctx) {}'
    `,
    expect: { message: 'actions "a" and "b" would be the same hook: same project, list registration.after.password, method POST', key: 'actions.b', line: 8, column: 3, hint: 'change the url or method' },
  },
  {
    name: 'verification code and link share one list, so they are the same hook',
    text: yaml`
      project_id: p1
      actions:
        by_code:
          flow: verification
          timing: after
          auth_method: code
          url: https://example.com/verified
        by_link:
          flow: verification
          timing: after
          auth_method: link
          url: https://example.com/verified
    `,
    expect: { message: 'actions "by_code" and "by_link" would be the same hook', key: 'actions.by_link', line: 8, column: 3 },
  },
  // invalid combinations
  {
    name: 'response_ignore with response_parse',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          response_ignore: true
          response_parse: true
    `,
    expect: { message: 'sets both response_ignore and response_parse', key: 'actions.a.response_ignore', line: 7, column: 5, hint: 'remove one of them' },
  },
  {
    name: 'response_ignore with can_interrupt',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          can_interrupt: true
          response_ignore: true
    `,
    expect: { message: 'sets both response_ignore and can_interrupt', key: 'actions.a.response_ignore', line: 8, column: 5 },
  },
  {
    name: 'body and body_file together',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          body: 'function(ctx) {}'
          body_file: bodies/a.jsonnet
    `,
    files: { 'bodies/a.jsonnet': 'function(ctx) {}' },
    expect: { message: 'action "a" sets both body and body_file', key: 'actions.a.body_file', line: 8, column: 5, hint: 'keep one' },
  },
  // auth_method rules per flow
  {
    name: 'auth_method on a before hook',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          auth_method: password
          url: https://example.com/hook
    `,
    expect: { message: 'auth_method is refused for "before" hooks', key: 'actions.a.auth_method', line: 6, column: 5, hint: 'remove auth_method' },
  },
  {
    name: 'registration after without auth_method',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: registration
          timing: after
          url: https://example.com/hook
    `,
    expect: { message: 'action "a" needs auth_method: registration after hooks run per authentication method', key: 'actions.a.auth_method', line: 3, column: 3, hint: 'password, oidc, code, webauthn, passkey' },
  },
  {
    name: 'login after without auth_method',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: after
          url: https://example.com/hook
    `,
    expect: { message: 'action "a" needs auth_method: login after hooks', key: 'actions.a.auth_method', line: 3, column: 3, hint: 'lookup_secret' },
  },
  {
    name: 'settings after without auth_method',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: settings
          timing: after
          url: https://example.com/hook
    `,
    expect: { message: 'action "a" needs auth_method: settings after hooks', key: 'actions.a.auth_method', line: 3, column: 3, hint: 'profile' },
  },
  {
    name: 'registration has no profile method',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: registration
          timing: after
          auth_method: profile
          url: https://example.com/hook
    `,
    expect: { message: 'the registration flow has no auth_method "profile"; it has password, oidc, code, webauthn, passkey', key: 'actions.a.auth_method', line: 6, column: 18 },
  },
  {
    name: 'settings has no code method',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: settings
          timing: after
          auth_method: code
          url: https://example.com/hook
    `,
    expect: { message: 'the settings flow has no auth_method "code"', key: 'actions.a.auth_method', line: 6, column: 18 },
  },
  {
    name: 'recovery after accepts only code or link',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: recovery
          timing: after
          auth_method: password
          url: https://example.com/hook
    `,
    expect: { message: 'the recovery flow has no auth_method "password"; it has code, link', key: 'actions.a.auth_method', line: 6, column: 18, hint: 'use one of code, link' },
  },
  {
    name: 'verification method in capitals',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: verification
          timing: after
          auth_method: Code
          url: https://example.com/hook
    `,
    expect: { message: 'the verification flow has no auth_method "Code"', key: 'actions.a.auth_method', line: 6, column: 18, hint: 'use "code"' },
  },
  {
    name: 'misspelt login method',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: after
          auth_method: pasword
          url: https://example.com/hook
    `,
    expect: { message: 'the login flow has no auth_method "pasword"', key: 'actions.a.auth_method', line: 6, column: 18, hint: 'did you mean "password"?' },
  },
  {
    name: 'unknown method when the flow is wrong too',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: signup
          timing: after
          auth_method: webauthm
          url: https://example.com/hook
    `,
    expect: { message: '"auth_method" of action "a" must be one of', key: 'actions.a.auth_method', line: 6, column: 18, hint: 'did you mean "webauthn"?' },
  },
  // urls
  {
    name: 'relative url',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: /webhooks/validate
    `,
    expect: { message: '"url" "/webhooks/validate" is not an absolute http(s) URL', key: 'actions.a.url', line: 6, column: 10, hint: 'write the full URL' },
  },
  {
    name: 'url without a scheme',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: api.example.com/hook
    `,
    expect: { message: 'is not an absolute http(s) URL', key: 'actions.a.url', line: 6, column: 10, hint: 'did you mean "https://api.example.com/hook"?' },
  },
  {
    name: 'non-http url',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: ftp://example.com/hook
    `,
    expect: { message: 'must use https:// (or http://), not ftp://', key: 'actions.a.url', line: 6, column: 10 },
  },
  {
    name: 'empty url',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: ''
    `,
    expect: { message: '"url" of action "a" must not be empty', key: 'actions.a.url', line: 6, column: 10 },
  },
  // body files
  {
    name: 'missing body_file',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          body_file: bodies/nope.jsonnet
    `,
    path: 'config/ory-actions.yaml',
    expect: { message: 'body_file "bodies/nope.jsonnet" not found (looked for config/bodies/nope.jsonnet)', key: 'actions.a.body_file', line: 7, column: 16, hint: 'relative to the manifest\'s directory (config/)' },
  },
  {
    name: 'absolute body_file',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          body_file: /etc/passwd
    `,
    expect: { message: 'must be a path relative to the manifest\'s directory', key: 'actions.a.body_file', line: 7, column: 16 },
  },
  {
    name: 'body_file outside the repository',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          body_file: ../../secrets.jsonnet
    `,
    path: 'config/ory-actions.yaml',
    files: { '../../secrets.jsonnet': 'x' },
    expect: { message: 'body_file "../../secrets.jsonnet" points outside the repository', key: 'actions.a.body_file', line: 7, column: 16 },
  },
  // env references
  {
    name: 'unset environment variable, located at the reference',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://hooks.example.com/\${{ env.HOOK_TOKEN }}
    `,
    expect: { message: 'environment variable HOOK_TOKEN is not set', key: 'actions.a.url', line: 6, column: 36, hint: 'set HOOK_TOKEN in the step\'s env' },
  },
  {
    name: 'empty environment variable',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          auth:
            type: api_key
            name: X-Key
            value: "\${{env.KEY}}"
    `,
    env: { KEY: '' },
    expect: { message: 'environment variable KEY is set but empty', key: 'actions.a.auth.value', line: 10, column: 15 },
  },
  {
    name: 'a secrets expression instead of env',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          auth:
            type: basic_auth
            user: me
            password: \${{ secrets.HOOK_PASSWORD }}
    `,
    expect: { message: '"${{ secrets.HOOK_PASSWORD }}" is not supported', key: 'actions.a.auth.password', line: 10, column: 17, hint: 'write ${{ env.HOOK_PASSWORD }} here' },
  },
  {
    name: 'an env reference with an invalid name',
    text: yaml`
      project_id: \${{ env.project-id }}
      actions: {}
    `,
    expect: { message: '"project-id" is not a variable name', key: 'project_id', line: 1, column: 13 },
  },
  {
    name: 'an unclosed reference',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/\${{ env.X
    `,
    expect: { message: 'unclosed "${{"', key: 'actions.a.url', line: 6, column: 30 },
  },
  {
    name: 'an unset variable inside a block body, located on its line',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: login
          timing: before
          url: https://example.com/hook
          body: |
            function(ctx) {
              tenant: "\${{ env.TENANT }}",
            }
    `,
    expect: { message: 'environment variable TENANT is not set', key: 'actions.a.body', line: 9, column: 18 },
  },
  // YAML itself
  {
    name: 'unclosed quote',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: "login
          timing: before
    `,
    expect: { message: 'Missing closing "quote (opened here)', line: 4, column: 11, hint: 'not closed' },
  },
  {
    name: 'tab indentation',
    text: 'project_id: p1\nactions:\n\ta:\n\t\tflow: login\n',
    expect: { message: 'YAML syntax error', line: 3, column: 1 },
  },
  {
    name: 'a list at the top level',
    text: yaml`
      - flow: login
    `,
    expect: { message: 'the manifest must be a mapping', line: 1, column: 1 },
  },
  {
    name: 'an empty file',
    text: '# nothing yet\n',
    expect: { message: 'the manifest is empty', line: 1, column: 1 },
  },
  {
    name: 'two documents',
    text: yaml`
      project_id: p1
      actions: {}
      ---
      project_id: p2
    `,
    expect: { message: 'YAML syntax error', line: 3, column: 1, hint: 'one document' },
  },
  {
    name: 'an unknown key merged in from an anchor is still found',
    text: yaml`
      project_id: p1
      actions:
        a: &base
          flow: login
          timing: before
          url: https://example.com/one
          retries: 3
        b:
          <<: *base
          url: https://example.com/two
    `,
    expect: { message: 'unknown key "retries" in action "b"', key: 'actions.b.retries', line: 7, column: 5 },
  },
  {
    name: 'saml on recovery (a method key the flow does not have)',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: recovery
          timing: after
          auth_method: saml
          url: https://example.com/hook
    `,
    expect: { message: 'the recovery flow has no auth_method "saml"; it has code, link. Recovery after hooks sit in one list (recovery.after.hooks) whatever the method; written under a method key, Ory would answer 200 and drop the hook', key: 'actions.a.auth_method', line: 6, column: 18, hint: 'remove auth_method' },
  },
  {
    name: 'global on verification (its after list is already the one list)',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: verification
          timing: after
          auth_method: global
          url: https://example.com/hook
    `,
    expect: { message: 'the verification flow has no auth_method "global"', key: 'actions.a.auth_method', line: 6, column: 18, hint: 'remove auth_method' },
  },
  {
    name: 'totp on registration: Ory would drop the hook',
    text: yaml`
      project_id: p1
      actions:
        a:
          flow: registration
          timing: after
          auth_method: totp
          url: https://example.com/hook
    `,
    expect: { message: 'Ory would accept a hook under registration.after.totp and silently drop it', key: 'actions.a.auth_method', line: 6, column: 18 },
  },
];
