export function OptionsApp() {
  return (
    <main class="options">
      <h1>HeaderLens options</h1>
    </main>
  );
}
