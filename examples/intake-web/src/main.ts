import "./style.css";
import { assess } from "./assess.ts";
import { buildForm, readAnswers, showErrorSummary, showErrors } from "./form.ts";
import { showResults } from "./render.ts";

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`#${id}: expected a ${type.name}`);
  return element;
}

const form = byId("intake", HTMLFormElement);
const summary = byId("error-summary", HTMLDivElement);
const results = byId("results", HTMLElement);
const status = byId("status", HTMLParagraphElement);

buildForm(form);

form.addEventListener("submit", (event) => {
  // Never submitted anywhere: everything is worked out here, in the browser.
  event.preventDefault();
  const outcome = assess(readAnswers(form), new Date());
  if (!outcome.success) {
    showErrors(form, outcome.errors);
    results.hidden = true;
    status.textContent = "";
    showErrorSummary(summary, outcome.errors);
    return;
  }
  showErrors(form, []);
  summary.hidden = true;
  showResults(results, outcome.data);
  status.textContent = "Your results are below the form.";
  byId("results-title", HTMLHeadingElement).focus();
});
