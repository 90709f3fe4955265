/** The id of a relationship value, whether Payload returned it populated (depth ≥ 1) or as an id. */
export const idOf = <Id extends number | string>(relation: Id | { id: Id }): Id => (typeof relation === 'object' ? relation.id : relation)
