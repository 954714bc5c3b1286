import { useState, type FormEvent } from "react";
import { signIn } from "../api/editing-api";
import { errorText, type Lang, translate } from "../shared/i18n";

interface Props {
  lang: Lang;
  onDone: () => void;
}

/** The password form: a wrong name or password, and too many tries, are said as the API says them. */
export function SignInForm({ lang, onDone }: Props) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    signIn(name.trim(), password).then(
      () => {
        setBusy(false);
        onDone();
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorText(lang, err));
      },
    );
  };
  return (
    <form className="sign-in" onSubmit={submit} aria-labelledby="sign-in-title" data-testid="sign-in">
      <h3 id="sign-in-title">{translate(lang, "signInTitle")}</h3>
      <p className="hint-text">{translate(lang, "signInHint")}</p>
      <label>
        {translate(lang, "accountName")}
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" required />
      </label>
      <label>
        {translate(lang, "password")}
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
        />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !name.trim() || !password}>
        {translate(lang, "signIn")}
      </button>
    </form>
  );
}
