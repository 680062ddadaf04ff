import { relationshipName, type Catalog } from '@living-schema/core';
import { CsrfField } from './csrf-field.js';
import { Scroll } from './layout.js';
import { message, withNotice, type UiRoutes } from './ui-context.js';

/**
 * The schema page's relationships: join keys between datasets with their coverage and evidence,
 * and, on the current schema, buttons to confirm or reject a suggested one.
 */
export function RelationshipsSection(props: { catalog: Catalog; reviewable: boolean; notice?: string }) {
  const { relationships } = props.catalog;
  return (
    <section id="relationships">
      <h2>Relationships ({relationships.length})</h2>
      {props.notice ? <div class="notice">{props.notice}</div> : null}
      {relationships.length === 0 ? (
        <p class="muted">No relationships yet: they appear when a dataset's column holds another dataset's key.</p>
      ) : (
        <Scroll>
          <table id="relationships-table">
            <thead>
              <tr>
                <th>relationship</th>
                <th>cardinality</th>
                <th>coverage</th>
                <th>status</th>
                <th>evidence</th>
                {props.reviewable ? <th>review</th> : null}
              </tr>
            </thead>
            <tbody>
              {relationships.map((r) => (
                <tr data-relationship={String(r.id)}>
                  <td>{relationshipName(r)}</td>
                  <td>{r.cardinality}</td>
                  <td class="num">{r.coverage.toFixed(2)}</td>
                  <td class="status">{r.status}</td>
                  <td>{r.evidence.slice(1).join('; ')}</td>
                  {props.reviewable ? (
                    <td>
                      <form method="post" action={`/ui/relationships/${r.id}/review`} class="inline">
                        <CsrfField />
                        {r.status !== 'confirmed' ? (
                          <button name="decision" value="confirm" type="submit">
                            Confirm
                          </button>
                        ) : null}{' '}
                        {r.status !== 'rejected' ? (
                          <button name="decision" value="reject" type="submit" class="secondary">
                            Reject
                          </button>
                        ) : null}
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </section>
  );
}

/** `POST /ui/relationships/:id/review` (admin): applies the decision, back to the schema page. */
export function registerRelationshipReview({ app, admin, context }: UiRoutes): void {
  app.post('/ui/relationships/:id/review', admin, async (c) => {
    const form = await c.req.parseBody();
    const decision = String(form.decision ?? '');
    const back = (notice: string) => c.redirect(`${withNotice('/ui', notice)}#relationships`);
    const review = context.services.catalog?.reviewRelationship;
    if (!review) return back('This server has no discovery service to review relationships.');
    if (decision !== 'confirm' && decision !== 'reject') return back(`Choose Confirm or Reject (got "${decision}").`);
    try {
      const { relationship } = await review(Number(c.req.param('id')), decision);
      return back(`Relationship ${relationshipName(relationship)} is ${relationship.status}.`);
    } catch (error) {
      return back(message(error));
    }
  });
}
