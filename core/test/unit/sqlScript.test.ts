import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from '../../src/db/sqlScript.ts';

describe('splitting a SQL script into statements', () => {
  it('splits at top-level semicolons only', () => {
    const script = `
      CREATE TABLE a (x text DEFAULT 'a;b');  -- a comment; with a semicolon
      /* block; comment */ INSERT INTO a VALUES ('it''s; fine');
      CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'x;y'; RETURN NEW; END $$;
      CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;
      SELECT "semi;colon" FROM a`;
    const statements = splitSqlStatements(script);
    expect(statements).toHaveLength(5);
    expect(statements[2]).toContain("RAISE EXCEPTION 'x;y'; RETURN NEW; END $$");
    expect(statements[3]).toContain('SELECT 1; $body$');
    expect(statements[4]).toBe('SELECT "semi;colon" FROM a');
  });

  it('drops empty statements and comment-only tails', () => {
    expect(splitSqlStatements('SELECT 1;;\n-- done\n')).toEqual(['SELECT 1']);
  });
});
