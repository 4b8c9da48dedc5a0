import { run } from "../client";
import { h } from "../dom";
import { t, type Label } from "../i18n";
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
 * An edit form for one record the signed-in centre owns. It sends only the changed fields to
 * the gateway's mutation and shows the API's own validation messages (with the field the
 * error names); the API, not the page, decides what is allowed.
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
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const input = changes(form, fields);
    void run<unknown>(mutation, { id, input }, "mutation").then((answer) => {
      const problems = [...answer.errors, ...answer.missing];
      messages.replaceChildren(
        ...problems.map((problem) =>
          h(
            "p",
            { class: "notice error" },
            problem.message,
            "code" in problem && problem.code ? ` (${problem.code})` : "",
          ),
        ),
      );
      if (problems.length === 0) {
        messages.replaceChildren(h("p", { class: "notice ok" }, t("saved")));
        refresh();
      }
    });
  });
  return h("details", { class: "editor" }, h("summary", {}, t("edit")), form);
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
