// The form, built from the SDK's questions, and how errors are shown next to their fields.
import { h } from "./dom.ts";
import type { Answers, FieldError } from "./assess.ts";
import {
  CHECK_IN_PREAMBLE,
  CHECK_IN_QUESTIONS,
  CHECKLIST_QUESTIONS,
  CHECKLIST_TITLE,
  HOW_ARE_YOU_QUESTION,
  NEED_FIELD_PREFIX,
  type RadioQuestion,
} from "./questions.ts";

function radioGroup(question: RadioQuestion, describedBy?: string): HTMLFieldSetElement {
  const hintId = question.hint === undefined ? undefined : `${question.name}-hint`;
  const fieldset = h(
    "fieldset",
    {
      id: `${question.name}-field`,
      class: "field radios",
      "aria-describedby": [describedBy, hintId].filter(Boolean).join(" ") || undefined,
      "data-describedby": [describedBy, hintId].filter(Boolean).join(" "),
    },
    h("legend", {}, question.legend),
    question.hint !== undefined && h("p", { class: "hint", id: hintId }, question.hint),
    h("p", { class: "error", id: `${question.name}-error`, hidden: "" }),
  );
  const choices = h("div", { class: `choices ${question.layout}` });
  for (const choice of question.choices) {
    const id = `${question.name}-${choice.value}`;
    choices.append(
      h(
        "div",
        { class: "choice" },
        h("input", { type: "radio", id, name: question.name, value: choice.value }),
        h("label", { for: id }, choice.label),
      ),
    );
  }
  fieldset.append(choices);
  return fieldset;
}

function textField(
  name: string,
  label: string,
  hint: string,
  attributes: Readonly<Record<string, string>>,
): HTMLDivElement {
  return h(
    "div",
    { class: "field", id: `${name}-field`, "data-describedby": `${name}-hint` },
    h("label", { for: name }, label),
    h("p", { class: "hint", id: `${name}-hint` }, hint),
    h("p", { class: "error", id: `${name}-error`, hidden: "" }),
    h("input", {
      id: name,
      name,
      type: "text",
      spellcheck: "false",
      "aria-describedby": `${name}-hint`,
      ...attributes,
    }),
  );
}

/** Builds the three parts of the form inside `form`, before its submit button. */
export function buildForm(form: HTMLFormElement): void {
  const submit = form.querySelector("button[type=submit]");
  const parts = [
    h(
      "section",
      { "aria-labelledby": "part-1" },
      h("h2", { id: "part-1" }, "1. How you are doing"),
      radioGroup(HOW_ARE_YOU_QUESTION),
      h("p", { id: "check-in-preamble", class: "lead" }, CHECK_IN_PREAMBLE),
      ...CHECK_IN_QUESTIONS.map((q) => radioGroup(q, "check-in-preamble")),
    ),
    h(
      "section",
      { "aria-labelledby": "part-2" },
      h("h2", { id: "part-2" }, `2. ${CHECKLIST_TITLE}`),
      h(
        "p",
        { id: "checklist-hint", class: "lead" },
        "For each area, choose how much more support you would like. Skip any you would rather not answer.",
      ),
      ...CHECKLIST_QUESTIONS.map((q) => radioGroup(q)),
    ),
    h(
      "section",
      { "aria-labelledby": "part-3" },
      h("h2", { id: "part-3" }, "3. About you (optional)"),
      textField(
        "age",
        "Your age",
        "In years. Some services are only for young carers or for adults.",
        { inputmode: "numeric", autocomplete: "off", class: "width-4" },
      ),
      textField(
        "postcode",
        "Your postcode",
        "To find services near you. This demo knows Norwich postcodes, NR1 to NR7, like NR2 4AA.",
        { autocomplete: "postal-code", class: "width-10" },
      ),
    ),
  ];
  for (const part of parts) form.insertBefore(part, submit);
}

function checked(form: HTMLFormElement, name: string): string | undefined {
  const value = new FormData(form).get(name);
  return typeof value === "string" ? value : undefined;
}

/** Reads the form's answers. */
export function readAnswers(form: HTMLFormElement): Answers {
  const text = (name: string) => checked(form, name) ?? "";
  return {
    howAreYou: checked(form, HOW_ARE_YOU_QUESTION.name),
    checkIn: Object.fromEntries(CHECK_IN_QUESTIONS.map((q) => [q.name, checked(form, q.name)])),
    checklist: Object.fromEntries(
      CHECKLIST_QUESTIONS.map((q) => [
        q.name.slice(NEED_FIELD_PREFIX.length),
        checked(form, q.name),
      ]),
    ),
    age: text("age"),
    postcode: text("postcode"),
  };
}

/** The element a link to a field should focus: its text box, or the first choice of its group. */
function focusTarget(field: string): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(`#${field}-field input`);
}

/**
 * Shows each error next to its field (linked with aria-describedby, the field marked invalid)
 * and in a summary at the top that links to the fields; clears errors that are gone.
 */
export function showErrors(form: HTMLFormElement, errors: readonly FieldError[]): void {
  for (const field of form.querySelectorAll<HTMLElement>(".field")) {
    const name = field.id.replace(/-field$/, "");
    const error = errors.find((e) => e.field === name);
    const message = field.querySelector<HTMLElement>(".error");
    const describedBy = field.dataset["describedby"] ?? "";
    const target = field instanceof HTMLFieldSetElement ? field : field.querySelector("input");
    field.classList.toggle("has-error", error !== undefined);
    if (message !== null) {
      message.hidden = error === undefined;
      message.textContent = error === undefined ? "" : `Error: ${error.message}`;
    }
    const ids = [describedBy, error === undefined ? "" : `${name}-error`].filter(Boolean).join(" ");
    if (ids === "") target?.removeAttribute("aria-describedby");
    else target?.setAttribute("aria-describedby", ids);
    for (const input of field.querySelectorAll("input")) {
      if (error === undefined) input.removeAttribute("aria-invalid");
      else input.setAttribute("aria-invalid", "true");
    }
  }
}

/** Fills the error summary, shows it and moves focus to it so it is read out. */
export function showErrorSummary(summary: HTMLElement, errors: readonly FieldError[]): void {
  const list = h("ul");
  for (const error of errors) {
    const target = focusTarget(error.field);
    const link = h("a", { href: `#${target?.id ?? ""}` }, error.message);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      target?.focus();
    });
    list.append(h("li", {}, link));
  }
  summary.replaceChildren(
    h("h2", { id: "error-summary-title" }, "There is a problem"),
    h("p", {}, `Please check ${errors.length === 1 ? "this answer" : "these answers"}:`),
    list,
  );
  summary.hidden = false;
  summary.focus();
}
