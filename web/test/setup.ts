// Element Plus validates forms with async-validator, which logs every failed rule to the console
// outside production; the tests check the messages on the page instead.
(globalThis as { ASYNC_VALIDATOR_NO_WARNING?: number }).ASYNC_VALIDATOR_NO_WARNING = 1;
