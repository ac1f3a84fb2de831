import type { OrgPerson } from '@/api/org.api.ts';

/** Someone chosen in a people picker. */
export interface PickedPerson {
  id: string;
  name: string;
  /** Where they work (short unit name · post title), to tell namesakes apart. */
  where: string;
}

export function pickedFrom(person: OrgPerson): PickedPerson {
  const post = person.posts.find((p) => p.isPrimary) ?? person.posts[0];
  return { id: person.id, name: person.displayName, where: post ? `${post.unit.shortName} · ${post.title ?? post.postTypeName}` : '' };
}
