/**
 * How many schema fields a page inlines. Past this, nested objects link to
 * their definition pages instead of expanding, which keeps pages small.
 *
 * Resource pages: 300 keeps every field of Pod down to `spec.containers.*`
 * and every field of Deployment down to `spec.template.spec.containers.*`.
 */
export const PAGE_FIELD_BUDGET = 300;

/** Definition pages show their own fields and the first levels below; each nested definition has its own page. */
export const DEFINITION_FIELD_BUDGET = 120;
