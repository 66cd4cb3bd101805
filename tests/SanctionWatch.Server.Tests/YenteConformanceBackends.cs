using SanctionWatch.Server.Tests.Backends;

namespace SanctionWatch.Server.Tests;

/// <summary>The yente conformance checks against <c>serve</c> over a SQLite file.</summary>
public sealed class YenteConformanceOnSqliteTest(ServerProcess server) : YenteConformanceTest(server), IClassFixture<ServerProcess>;

/// <summary>The yente conformance checks against <c>serve</c> over a PostgreSQL database (skipped without <c>$SANCTIONWATCH_TEST_POSTGRES</c>).</summary>
public sealed class YenteConformanceOnPostgresTest(PostgresServer postgres) : YenteConformanceTest(postgres.Server), IClassFixture<PostgresServer>;
