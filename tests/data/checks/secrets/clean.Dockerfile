# The secrets test image with harmless content: the same paths and the same
# layer structure (a file written in one layer and deleted in the next).
FROM localhost/drydock-test-alpine
COPY clean/ /
COPY clean/srv/app/keys/rsa.pem /srv/app/deploy-key.pem
RUN rm /srv/app/deploy-key.pem
