import { run } from "../client";
import { h } from "../dom";
import { t, type Label } from "../i18n";
import { errorNotice } from "../notices";
import updateEvent from "../queries/update-event.graphql?raw";
import updateOrganization from "../queries/update-organization.graphql?raw";

interface Field {
  name: string;
  label: Label;
  value: string | number | null;
  kind?: "text" | "number" | "textarea";
}

/** The fields the reader changed, typed for the mutation's input; an emptied one is null. */
function changes(form: HTMLFormElement, fields: Field[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = (form.elements.namedItem(field.name) as HTMLInputElement).value.trim();
    if (raw === String(field.value ?? "")) continue;
    if (field.kind === "number") input[field.name] = raw === "" ? null : Number(raw);
    else input[field.name] = raw === "" ? null : raw;
  }
  return input;
}

function control(field: Field): HTMLElement {
  const attributes = { name: field.name, id: `field-${field.name}` };
  const value = field.value === null ? "" : String(field.value);
  const element =
    field.kind === "textarea"
      ? h("textarea", { ...attributes, rows: "3" }, value)
      : h("input", { ...attributes, type: field.kind === "number" ? "number" : "text", value });
  return h("label", { for: attributes.id }, t(field.label), element);
}

/**
 * What was saved, by record id: the view is drawn again after a save (with the API's stored
 * values), and the new form shows this once, open, so the reader sees that the save went through.
 */
const confirmations = new Map<string, string>();

/** «Сохранено: Место — «Технопарк», Участников — очищено». */
function savedText(fields: Field[], input: Record<string, unknown>): string {
  const changed = fields
    .filter((field) => field.name in input)
    .map((field) => {
      const value = input[field.name];
      return `${t(field.label)} — ${value === null ? t("cleared") : `«${String(value)}»`}`;
    });
  return `${t("saved")}: ${changed.join(", ")}`;
}

/**
 * An edit form for one record the signed-in centre owns. It sends only the changed fields to
 * the gateway's mutation and shows the API's own validation messages, in the reader's language
 * (by code and field); the API, not the page, decides what is allowed. After a save the view is
 * drawn again and the form says what was saved.
 */
function editForm(id: string, mutation: string, fields: Field[], refresh: () => void): HTMLElement {
  const messages = h("div", { class: "form-messages", role: "status" });
  const form = h(
    "form",
    { class: "edit", "data-record": id },
    ...fields.map(control),
    h("button", { type: "submit" }, t("save")),
    messages,
  );
  const details = h("details", { class: "editor" }, h("summary", {}, t("edit")), form);
  const confirmation = confirmations.get(id);
  if (confirmation) {
    confirmations.delete(id);
    details.open = true;
    messages.replaceChildren(h("p", { class: "notice ok" }, confirmation));
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const input = changes(form, fields);
    if (Object.keys(input).length === 0) {
      messages.replaceChildren(h("p", { class: "notice" }, t("nothingChanged")));
      return;
    }
    void run<unknown>(mutation, { id, input }, "mutation").then((answer) => {
      const problems = [
        ...answer.errors,
        ...answer.missing.map((part) => ({ ...part, field: undefined })),
      ];
      messages.replaceChildren(...problems.map(errorNotice));
      if (problems.length === 0) {
        confirmations.set(id, savedText(fields, input));
        messages.replaceChildren(h("p", { class: "notice ok" }, confirmations.get(id)!));
        refresh();
      }
    });
  });
  return details;
}

/** The form for an organisation the centre owns. */
export function organizationForm(
  org: {
    id: string;
    name: string;
    website: string | null;
    description: string | null;
    inn?: string | null;
  },
  refresh: () => void,
): HTMLElement {
  return editForm(
    org.id,
    updateOrganization,
    [
      { name: "name", label: "name", value: org.name },
      { name: "website", label: "website", value: org.website },
      { name: "inn", label: "inn", value: org.inn ?? null },
      { name: "description", label: "description", value: org.description, kind: "textarea" },
    ],
    refresh,
  );
}

/** The form for an event the centre owns. */
export function eventForm(
  event: {
    id: string;
    title: string;
    venue: string | null;
    participantCount: number | null;
    description: string | null;
  },
  refresh: () => void,
): HTMLElement {
  return editForm(
    event.id,
    updateEvent,
    [
      { name: "title", label: "titleField", value: event.title },
      { name: "venue", label: "venue", value: event.venue },
      {
        name: "participantCount",
        label: "participants",
        value: event.participantCount,
        kind: "number",
      },
      { name: "description", label: "description", value: event.description, kind: "textarea" },
    ],
    refresh,
  );
}
