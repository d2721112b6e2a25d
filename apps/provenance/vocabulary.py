"""Terms the credentials use, shared by signing and reading them."""

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
GENERATED = IPTC + "trainedAlgorithmicMedia"
# Effects change a captured frame with image processing and small trained models (finding faces
# and people, style transfer); no generative model makes new content.
EDITED_BY_EFFECTS = IPTC + "algorithmicallyEnhanced"
