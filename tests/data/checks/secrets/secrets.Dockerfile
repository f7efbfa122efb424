# Test image for the secret scanner (tests/analyzers/secrets_image.sh): layer 1
# plants one case of every secret rule and sensitive file, layer 2 adds a
# key that layer 3 deletes - its bytes still ship in layer 2.
FROM localhost/drydock-test-alpine
COPY rootfs/ /
COPY deleted/ /
RUN rm /srv/app/deploy-key.pem
