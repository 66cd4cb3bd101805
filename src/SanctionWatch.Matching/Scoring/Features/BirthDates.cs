using SanctionWatch.Model.Dates;

namespace SanctionWatch.Matching.Scoring.Features;

/// <summary>How the birth dates of two parties agree: both birth date features read it.</summary>
internal enum BirthDateAgreement
{
    /// <summary>One side gives none.</summary>
    Unknown,

    /// <summary>A full date (yyyy-MM-dd) is the same on both sides.</summary>
    Same,

    /// <summary>One date is a prefix of the other (1967 and 1967-10-17).</summary>
    Compatible,

    /// <summary>The dates differ, but some years are within the tolerance (one year apart by default).</summary>
    NearYear,

    /// <summary>The dates differ by more than that.</summary>
    Conflict,
}

/// <summary>Compares the ISO birth date prefixes of two parties.</summary>
internal static class BirthDates
{
    /// <summary>
    /// How <paramref name="query"/>'s birth dates agree with <paramref name="candidate"/>'s, and the full date shared
    /// when the same; years at most <paramref name="yearTolerance"/> apart are near.
    /// </summary>
    public static (BirthDateAgreement Agreement, string Same) Compare(string[] query, string[] candidate, int yearTolerance)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        if (query.Length == 0 || candidate.Length == 0)
        {
            return (BirthDateAgreement.Unknown, string.Empty);
        }

        foreach (var q in query)
        {
            foreach (var c in candidate)
            {
                int len = Math.Min(q.Length, c.Length);
                if (len >= 10 && string.CompareOrdinal(q, 0, c, 0, 10) == 0)
                {
                    return (BirthDateAgreement.Same, q[..10]);
                }

                if (len >= 4 && string.CompareOrdinal(q, 0, c, 0, len) == 0)
                {
                    return (BirthDateAgreement.Compatible, string.Empty);
                }
            }
        }

        foreach (var q in query)
        {
            foreach (var c in candidate)
            {
                if (PartialDate.TryParseStart(q, out var qd) && PartialDate.TryParseStart(c, out var cd)
                    && Math.Abs(qd.Year - cd.Year) <= yearTolerance)
                {
                    return (BirthDateAgreement.NearYear, string.Empty);
                }
            }
        }

        return (BirthDateAgreement.Conflict, string.Empty);
    }
}
