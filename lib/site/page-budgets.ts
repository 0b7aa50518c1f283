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

/**
 * How many levels of nesting a page's field tree shows below its root;
 * deeper objects link to the field view that shows them (resource pages) or
 * to their definition. Browsers stop nesting elements 512 deep (Chromium's
 * HTML parser puts deeper ones beside their parent instead), and each level
 * of the tree is three elements (ul > li > details): a 250-level schema
 * would come out of the parser with another shape than the server wrote.
 * 64 is far above real schemas (1.36 and 345 real CRDs stay under 20).
 */
export const PAGE_DEPTH_BUDGET = 64;
