"""The English lesson shows what `puente check` prints on the untouched stub; this keeps that transcript true."""


def test_transcript_matches_a_real_check_of_the_stub(check_transcript):
    check_transcript("en", "first_check.txt")
