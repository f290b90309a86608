/** Paste an article or give a URL: see what gazette finds, then keep it in the corpus if you like. */
import { useState } from "preact/hooks";
import { post, type AddResult, type DocumentRecord, type Stats } from "../api.js";
import { RecordView } from "../components/record-view.js";
import { RecordHeader } from "./article.js";

type Body = { text?: string; html?: string; url?: string; lang?: string; publishedAt?: string; title?: string };

export function AnalyzeView({ stats }: { stats?: Stats }) {
  const [mode, setMode] = useState<"text" | "url">("text");
  const [body, setBody] = useState<Body | undefined>();
  const [record, setRecord] = useState<DocumentRecord | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [stored, setStored] = useState<AddResult | undefined>();
  const [token, setToken] = useState(() => sessionStorage.getItem("gazette-token") ?? "");

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (key: string) => {
      const v = form.get(key);
      return typeof v === "string" && v.trim() ? v.trim() : undefined;
    };
    const next: Body = {
      ...(mode === "url" ? { url: value("url") ?? "" } : /^<[!a-z]/i.test(value("text") ?? "") ? { html: value("text") } : { text: value("text") ?? "" }),
      ...(value("lang") && { lang: value("lang") }),
      ...(value("publishedAt") && { publishedAt: value("publishedAt") }),
      ...(value("title") && { title: value("title") }),
    };
    setBusy(true);
    setError(undefined);
    setStored(undefined);
    try {
      setRecord(await post<DocumentRecord>("/api/analyze", next));
      setBody(next);
    } catch (e) {
      setRecord(undefined);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const store = async () => {
    if (!body) return;
    setBusy(true);
    setError(undefined);
    try {
      if (token) sessionStorage.setItem("gazette-token", token);
      setStored(await post<AddResult>("/api/documents", body, token || undefined));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>Analyse an article</h1>
      <form class="analyze-form panel" onSubmit={submit}>
        <div class="segmented" role="radiogroup" aria-label="What to analyse">
          <button type="button" role="radio" aria-checked={mode === "text"} onClick={() => setMode("text")}>
            Text
          </button>
          <button type="button" role="radio" aria-checked={mode === "url"} onClick={() => setMode("url")}>
            URL
          </button>
        </div>
        {mode === "text" ? (
          <label class="field wide">
            <span>Article text (plain text or HTML)</span>
            <textarea name="text" rows={9} required placeholder="MINSK, 6 déc. (Gazette) - Vladimir Poutine a rencontré…" />
          </label>
        ) : (
          <label class="field wide">
            <span>Address of the article</span>
            <input name="url" type="url" required placeholder="https://…" />
          </label>
        )}
        <div class="row-fields">
          <label class="field">
            <span>Language</span>
            <select name="lang">
              <option value="">detect</option>
              <option value="fr">French</option>
              <option value="en">English</option>
            </select>
          </label>
          <label class="field">
            <span>Published</span>
            <input name="publishedAt" type="date" />
          </label>
          <label class="field grow">
            <span>Title</span>
            <input name="title" maxLength={1000} />
          </label>
        </div>
        <div class="filter-actions">
          <button type="submit" disabled={busy}>
            {busy ? "Analysing…" : "Analyse"}
          </button>
        </div>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {record && (
        <section class="panel" aria-label="Result">
          <RecordHeader record={record} />
          <div class="store-bar">
            {stats?.tokenRequired && (
              <label class="field">
                <span>Token</span>
                <input type="password" value={token} onInput={(e) => setToken((e.currentTarget as HTMLInputElement).value)} autocomplete="off" />
              </label>
            )}
            <button type="button" onClick={store} disabled={busy || Boolean(stored)}>
              Store in the corpus
            </button>
            {stored && (
              <p role="status">
                {stored.status === "duplicate" ? "Already stored: " : "Stored: "}
                <a href={`/documents/${encodeURIComponent(stored.id)}`}>open the article</a>
              </p>
            )}
          </div>
          <RecordView record={record} />
        </section>
      )}
    </>
  );
}
