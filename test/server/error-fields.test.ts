/**
 * Which field a refusal names, for the sidebar to show it beside that field (server/frame/error-fields.ts):
 * a ValidationError's fields, or the one column a single-problem message names as Pacte writes them.
 */
import { fieldNamedIn, namingFields } from '../../src/server/frame/error-fields';
import { splitErrorFields } from '../../src/domain/contracts/field-errors';
import { ValidationError } from '../../src/domain/records/validate';

const SIGNED =
  "Opportunités, colonne « Étape » : une opportunité ne peut pas être créée à l'étape « Signée ». Créez-la, créez ou liez sa convention (feuille Conventions, colonne « ID opportunité »), puis passez-la à « Signée ».";

/** The message `fn` is refused with, as it leaves Code.js. */
function refusal(fn: () => unknown): string {
  try {
    namingFields(fn);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('accepté');
}

it('a one-problem message names the column of its sheet, by its key', () => {
  expect(fieldNamedIn(SIGNED)).toEqual({ sheet: 'Opportunités', field: 'stage', message: SIGNED });
  const withRow = 'Partenaires, ligne 7, colonne « Site web » : « afd dot fr » n’est pas valide.';
  expect(fieldNamedIn(withRow)).toEqual({ sheet: 'Partenaires', field: 'website', message: withRow });
});

it('names nothing for an unknown sheet or column, a message of several problems, or none written so', () => {
  expect(fieldNamedIn('Analyse, colonne « Commentaire » : une approbation doit être justifiée.')).toBeNull();
  expect(fieldNamedIn('Opportunités, colonne « Couleur » : inconnue.')).toBeNull();
  expect(fieldNamedIn(`${SIGNED}\nPartenaires, colonne « Nom » : ce champ est obligatoire.`)).toBeNull();
  expect(fieldNamedIn("Un autre utilisateur enregistre des modifications en ce moment. Réessayez dans quelques secondes : rien n'a été perdu.")).toBeNull();
});

it('a refusal leaves with the line naming its fields; one naming none leaves as it was', () => {
  expect(
    splitErrorFields(
      refusal(() => {
        throw new Error(SIGNED);
      }),
    ),
  ).toEqual({ message: SIGNED, fields: [{ sheet: 'Opportunités', field: 'stage', message: SIGNED }] });
  const both = new ValidationError([
    { sheet: 'Contacts', row: null, field: 'primary', header: 'Principal', message: 'Contacts 1 et 2, colonne « Principal » : un seul.', positions: [1, 2] },
    { sheet: 'Partenaires', row: null, field: 'name', header: 'Nom', message: 'Partenaires, colonne « Nom » : ce champ est obligatoire.' },
  ]);
  expect(
    splitErrorFields(
      refusal(() => {
        throw both;
      }),
    ),
  ).toEqual({
    message: both.message,
    fields: [
      { sheet: 'Contacts', field: 'primary', positions: [1, 2], message: both.errors[0].message },
      { sheet: 'Partenaires', field: 'name', message: both.errors[1].message },
    ],
  });
  const other = new Error('Accès refusé : inconnu@gmail.com n’a pas de rôle dans Pacte.');
  expect(() =>
    namingFields(() => {
      throw other;
    }),
  ).toThrow(other);
});
