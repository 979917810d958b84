// How to call the API from a script or another service: with a personal API token.

const curlRead = (origin: string) => `curl ${origin}/api/v1/me \\
  -H "Authorization: Bearer vtd_your_token_here"`;

const curlWrite = (origin: string) => `curl -X POST ${origin}/api/v1/requests \\
  -H "Authorization: Bearer vtd_your_token_here" \\
  -H "Content-Type: application/json" \\
  -d '{ "title": "Senior TypeScript engineer" }'`;

// Focusable: on a narrow screen the example scrolls sideways, and keyboard users must be able to scroll it too.
function Code({ label, children }: { label: string; children: string }) {
  return (
    <pre role="region" tabIndex={0} aria-label={label} className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-3 text-sm text-slate-100">
      {children}
    </pre>
  );
}

/** `origin`: where this site is served, for examples that work when pasted. */
export function CallingWithAToken({ origin }: { origin: string }) {
  return (
    <section aria-labelledby="calling-with-a-token" className="mt-8 space-y-3 text-slate-700">
      <h2 id="calling-with-a-token" className="text-xl font-semibold text-slate-900">
        Calling the API with a token
      </h2>
      <p>
        Create a personal API token in{" "}
        <a className="text-indigo-700 underline" href="/settings/api-tokens">
          Settings → API tokens
        </a>
        . Vetted shows it once; keep it somewhere safe, such as your CI's secret store. Send it in the <code>Authorization</code> header:
      </p>
      <Code label="Example: read your account">{curlRead(origin)}</Code>
      <p>
        A token acts as you: it sees and changes exactly what your account can. A <strong>read</strong> token may only call <code>GET</code> operations; a{" "}
        <strong>write</strong> token may do everything. Token management itself (creating, listing and revoking tokens) needs you signed in on this site.
      </p>
      <Code label="Example: create a request">{curlWrite(origin)}</Code>
      <p>
        An unknown, expired or revoked token answers <code>401</code> with a message saying which. After repeated failures from one address the API answers{" "}
        <code>429</code> with <code>Retry-After</code>. Revoke a token you no longer use, or one that may have leaked: it stops working at once.
      </p>
    </section>
  );
}
