apk add mariadb-client
mysql -h db -uroot -p app
exit
