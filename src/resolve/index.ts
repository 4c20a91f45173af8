// Resolution across articles: which node each extracted entity is.
export { IdentityIndex, resolveArticle, type GraphAccess, type ResolvedArticle } from "./resolve";
export { IDENTITY_REASONS, type EntityIdentity, type IdentityReason } from "./keys";
export { detectRegion } from "./region";
export { deriveKeys, type NodeFacts } from "./derive";
