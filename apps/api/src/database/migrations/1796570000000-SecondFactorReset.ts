import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An owner resets a member's second factor (issue 25, recovery; docs/security.md § Recovery): only for a member
 * who belongs to no other firm, so one firm's owner never weakens a sign-in another firm relies on.
 * `member_firm_count(user)` is the one cross-firm read that needs (a count, nothing else).
 */
export class SecondFactorReset1796570000000 implements MigrationInterface {
  name = 'SecondFactorReset1796570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE POLICY membership_firm_count ON membership FOR SELECT USING (current_setting('app.member_count', true) = 'on')`,
    );
    // The switch is set inside the function and reset before it returns (a SET clause would need a superuser).
    await queryRunner.query(`CREATE FUNCTION member_firm_count(member uuid) RETURNS int LANGUAGE plpgsql VOLATILE
      AS $$
      DECLARE n int;
      BEGIN
        PERFORM set_config('app.member_count', 'on', true);
        SELECT count(*)::int INTO n FROM membership WHERE user_id = member;
        PERFORM set_config('app.member_count', '', true);
        RETURN n;
      END $$`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION member_firm_count(uuid) TO klarsicht_runtime`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION member_firm_count(uuid)`);
    await queryRunner.query(`DROP POLICY membership_firm_count ON membership`);
  }
}
