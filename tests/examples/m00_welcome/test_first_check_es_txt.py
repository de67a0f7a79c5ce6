"""The Spanish lesson shows what `puente --lang es check` prints on the untouched stub, in Spanish."""


def test_spanish_transcript_matches_a_real_check_of_the_stub(check_transcript):
    check_transcript("es", "first_check.es.txt")
