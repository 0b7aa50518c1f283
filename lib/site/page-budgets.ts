/**
 * How many schema fields a page inlines. Past this, nested objects link to
 * the field view that shows them (resource pages) or to their definition
 * pages, which keeps pages small: the Pod page's HTML within 250 KB
 * (issue 13; ~620 bytes a field), with every field of Pod down to
 * `spec.containers.*` and of Deployment down to
 * `spec.template.spec.containers.*` inline, and `status` after `spec`
 * (schema.ts rankOf).
 */
export const PAGE_FIELD_BUDGET = 230;

/**
 * Definitions a page's tree inlines last, with what budget is left:
 * ObjectMeta, the same `metadata` on every resource (17 KB of the Pod page).
 * Small kinds still show it; on big ones (Pod, Deployment) it is a link, as
 * the Kubernetes API reference links it, and its fields are on the field view
 * (`RESOURCE/fields/metadata`), where deep links to them land.
 */
export const DEFERRED_DEFINITIONS: ReadonlySet<string> = new Set(['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta']);

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
