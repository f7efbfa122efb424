apk add mariadb-client
mysql -h db -uroot -pxB32NKPS2aRT app
exit
